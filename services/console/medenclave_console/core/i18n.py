"""The console's two languages, English and Chinese, both complete, and localised formats.

Every text a page shows is a key of :data:`MESSAGES`; the two tables have the same keys (a
test checks). Dates are shown in UTC in each language's own order; numbers are grouped.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

__all__ = ["DEFAULT_LANG", "LANGS", "MESSAGES", "format_age", "format_clock", "format_number",
           "format_time", "pick_lang", "translate"]

LANGS = ("en", "zh")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DEFAULT_LANG = "en"

MESSAGES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "app": "MedEnclave console", "lang_name": "English", "switch_lang": "中文",
        "skip": "Skip to content", "menu": "Menu", "home": "Home",
        "sign_in": "Sign in", "sign_out": "Sign out", "username": "Username",
        "password": "Password", "totp": "One-time code (authenticator app)",
        "sign_in_failed": "Sign-in refused: check the username, password and one-time code.",
        "signed_in_as": "Signed in as {subject} ({role})",
        "session_ended": "Your session has ended. Please sign in again.",
        "forbidden": "Your role may not open this page.",
        "bad_form": "The form was refused (expired or not sent from this console). Please try again.",
        "unavailable": "A service did not answer. Please try again in a moment.",
        "rejected": "The service refused the request ({code}).",
        "welcome": "Choose a screen. You see only the screens your role allows.",
        "studies": "Studies", "quarantine": "Quarantine review", "audit": "Audit trail",
        "models": "Models", "breakglass": "Break-glass review",
        "received": "Received", "deidentified": "De-identified", "quarantined": "Quarantined",
        "receiving": "Arriving",
        "search_pseudonym": "Search by pseudonymous study id", "search": "Search",
        "bad_pseudonym": "Enter a pseudonymous study id (letters, digits, . _ : -).",
        "no_match": "No study has that pseudonymous id.",
        "state": "State", "instances": "Instances", "modality": "Modality",
        "received_at": "Received at", "age": "Age", "pseudonym": "Pseudonymous id",
        "reason": "Reason", "review_state": "Review", "reviewer": "Reviewer",
        "review_reason": "Written reason", "release": "Release", "reject": "Reject",
        "reason_required": "A written reason is required (at least 10 characters).",
        "released": "Released.", "rejected_done": "Rejected.",
        "show_decided": "Show decided reviews too", "nothing": "Nothing to show.",
        "filter": "Filter", "subject": "Subject", "action": "Action", "resource": "Resource",
        "outcome": "Outcome", "since": "From (UTC, YYYY-MM-DD)", "until": "To (UTC, YYYY-MM-DD)",
        "bad_date": "Dates are YYYY-MM-DD.", "time": "Time", "service": "Service",
        "chain": "Chain verification", "chain_ok": "Chain intact: {records} records, {checkpoints} "
        "signed checkpoints (last covers {size}).",
        "chain_bad": "Chain broken at record {seq}: {problem}.", "export": "Export (JSON lines)",
        "model": "Model", "version": "Version", "accuracy": "Validation accuracy",
        "registered_at": "Registered at", "job": "Job", "approve": "Approve",
        "stage": "Stage", "stage_candidate": "candidate (not served)", "stage_approved": "approved",
        "stage_retired": "retired", "stage_failed": "failed", "stage_none": "—", "served": "served",
        "show_card": "Model card", "model_card": "Model card", "back_to_models": "Back to the models",
        "dataset": "Dataset", "labels_table": "a labels table (no dataset version)",
        "manifest_hash": "Manifest hash (SHA-256)", "config_hash": "Training configuration hash",
        "onnx_hash": "Model file hash", "code_version": "Code version", "trained_by": "Trained by",
        "approved_by": "Approved by", "retired_by": "Retired by", "privacy": "Privacy guarantee",
        "metrics": "Metrics", "split": "Split", "split_train": "training", "split_val": "validation",
        "split_validation": "validation", "split_test": "test",
        "governance": "Approve, roll back or retire",
        "four_eyes_rule": "Four eyes: a version is approved by someone who did not train it. "
        "Approval needs a written reason (at least 10 characters).",
        "step_approve": "Approve for clinical use", "step_rollback": "Serve this version again",
        "step_retire": "Retire",
        "four_eyes_refused": "Refused (four eyes): you started the training of this model, so "
        "another approver must approve it.",
        "trainer_unknown": "Refused: who trained this model is not recorded, so four eyes cannot "
        "be checked.",
        "model_approve_done": "Approved.", "model_rollback_done": "Rolled back: this version is "
        "served now.", "model_retire_done": "Retired.",
        "datasets": "Datasets and lineage", "studies_n": "Studies", "patients_n": "Patients",
        "images_n": "Images", "created": "Created", "trained_models": "Models trained on it",
        "show_splits": "Splits",
        "serving": "Serving health",
        "serving_intro": "Each served model version: latency, throughput and input drift, sampled "
        "at a fixed interval (times in UTC).",
        "drift_not_judged": "Drift: not enough inputs yet", "drift_yes": "Drift detected",
        "drift_no": "No drift", "requests_total": "{n} requests in the period shown",
        "latency_ms": "Latency (ms)", "throughput": "Throughput (requests per second)",
        "drift_kl": "Drift (KL divergence)", "drift_threshold": "threshold",
        "regions_alt": "Burned-in text found (red boxes) and the regions a mask would blank "
        "(shaded, yellow dashes)",
        "text_found": "Burned-in text: {n} line(s) found (red boxes)",
        "text_not_read": "Burned-in text: the pixels were not read (no text detector)",
        "mask_would": "mask rule {rule}: {n} region(s) would be blanked by any release (shaded)",
        "mask_none": "no mask rule matches this device and size",
        "mask_release": "Mask and release", "mask_released": "Masked and released: the text "
        "found was blanked.",
        "mask_refused_mask_nothing_found": "Not released: deid found no text it could mask (no "
        "text detector, or no line read). Release unmasked or reject.",
        "mask_refused_burned_in_compressed": "Not released: the image is compressed and cannot "
        "be masked. Release unmasked or reject.",
        "mask_refused_burned_in_unmaskable": "Not released: these pixels cannot be masked. "
        "Release unmasked or reject.",
        "release_proposed": "Release proposed: a second privacy officer must confirm it (four "
        "eyes).",
        "proposed_by": "release proposed by {who}", "proposed_mask_by": "masked release "
        "proposed by {who}", "awaiting_other": "— awaiting another privacy officer",
        "confirm_release": "Confirm release", "confirm_mask_release": "Confirm masked release",
        "four_eyes_same_officer": "Refused (four eyes): you proposed this release, so another "
        "privacy officer must confirm it.",
        "confirm_mismatch": "Refused: confirm the release as it was proposed (masked or not), "
        "or reject.",
        "no_samples": "No samples yet.", "p50": "median", "p95": "95th percentile",
        "p99": "99th percentile", "requests_per_s": "requests/s",
        "grant": "Grant", "from_role": "From role", "granted_role": "Granted role",
        "granted_at": "Granted at", "expires_at": "Expires at",
        "state_RECEIVING": "arriving", "state_RECEIVED": "received",
        "state_DEIDENTIFIED": "de-identified", "state_QUARANTINED": "quarantined",
        "state_UNSPECIFIED": "unknown", "review_PENDING": "pending", "review_RELEASED": "released",
        "review_REJECTED": "rejected",
        "minutes": "{n} min", "hours": "{n} h", "days": "{n} d",
        "view_image": "View image", "image": "Image", "window_center": "Window centre",
        "window_width": "Window width", "instance_no": "Instance", "apply": "Apply",
        "image_caption": "Instance {index} of {count}, {rows}×{columns}, window {center} / {width}",
        "image_alt": "The quarantined image, as received (identifiable)",
        "bad_window": "The window and instance must be numbers.",
        "role_radiologist": "radiologist", "role_ai_engineer": "AI engineer",
        "role_auditor": "auditor", "role_privacy_officer": "privacy officer",
        "role_clinician": "clinician", "role_admin": "administrator", "role_approver": "approver",
        "role_pacs": "PACS",
        "emergency": "Emergency access",
        "emergency_intro": "Break-glass: a time-boxed elevated role for emergency care. The privacy "
        "officer is alerted at once and reviews every grant with its written reason.",
        "emergency_role": "Role needed", "emergency_reason": "Written reason (at least 20 characters)",
        "emergency_minutes": "Minutes (at most 60)", "emergency_ask": "Request emergency access",
        "emergency_bad": "Choose a role, write at least 20 characters and at most 60 minutes.",
        "emergency_granted": "Emergency access granted: you now act as the role shown at the top "
        "until it expires; then sign in again.",
    },
    "zh": {
        "app": "MedEnclave 控制台", "lang_name": "中文", "switch_lang": "English",
        "skip": "跳到正文", "menu": "菜单", "home": "首页",
        "sign_in": "登录", "sign_out": "退出登录", "username": "用户名",
        "password": "密码", "totp": "动态验证码（身份验证器应用）",
        "sign_in_failed": "登录被拒绝：请检查用户名、密码和动态验证码。",
        "signed_in_as": "当前用户 {subject}（{role}）",
        "session_ended": "会话已结束，请重新登录。",
        "forbidden": "您的角色无权打开此页面。",
        "bad_form": "表单被拒绝（已过期或并非由本控制台提交），请重试。",
        "unavailable": "有服务未响应，请稍后重试。",
        "rejected": "服务拒绝了该请求（{code}）。",
        "welcome": "请选择一个页面。您只能看到角色允许的页面。",
        "studies": "检查", "quarantine": "隔离审核", "audit": "审计记录",
        "models": "模型", "breakglass": "紧急授权审核",
        "received": "已接收", "deidentified": "已去标识", "quarantined": "已隔离",
        "receiving": "接收中",
        "search_pseudonym": "按假名检查编号搜索", "search": "搜索",
        "bad_pseudonym": "请输入假名检查编号（字母、数字及 . _ : -）。",
        "no_match": "没有该假名编号的检查。",
        "state": "状态", "instances": "图像数", "modality": "模态",
        "received_at": "接收时间", "age": "时长", "pseudonym": "假名编号",
        "reason": "原因", "review_state": "审核", "reviewer": "审核人",
        "review_reason": "书面理由", "release": "放行", "reject": "拒绝",
        "reason_required": "必须填写书面理由（至少 10 个字符）。",
        "released": "已放行。", "rejected_done": "已拒绝。",
        "show_decided": "同时显示已审核的记录", "nothing": "暂无内容。",
        "filter": "筛选", "subject": "主体", "action": "操作", "resource": "资源",
        "outcome": "结果", "since": "起始日期（UTC，YYYY-MM-DD）", "until": "截止日期（UTC，YYYY-MM-DD）",
        "bad_date": "日期格式为 YYYY-MM-DD。", "time": "时间", "service": "服务",
        "chain": "链校验", "chain_ok": "链完整：{records} 条记录，{checkpoints} 个签名检查点"
        "（最后一个覆盖 {size} 条）。",
        "chain_bad": "链在第 {seq} 条记录处断裂：{problem}。", "export": "导出（JSON Lines）",
        "model": "模型", "version": "版本", "accuracy": "验证准确率",
        "registered_at": "注册时间", "job": "任务", "approve": "批准",
        "stage": "阶段", "stage_candidate": "候选（未上线）", "stage_approved": "已批准",
        "stage_retired": "已停用", "stage_failed": "失败", "stage_none": "—", "served": "服务中",
        "show_card": "模型卡", "model_card": "模型卡", "back_to_models": "返回模型列表",
        "dataset": "数据集", "labels_table": "标注表（无数据集版本）",
        "manifest_hash": "清单哈希（SHA-256）", "config_hash": "训练配置哈希",
        "onnx_hash": "模型文件哈希", "code_version": "代码版本", "trained_by": "训练人",
        "approved_by": "批准人", "retired_by": "停用人", "privacy": "隐私保证",
        "metrics": "指标", "split": "划分", "split_train": "训练集", "split_val": "验证集",
        "split_validation": "验证集", "split_test": "测试集",
        "governance": "批准、回滚或停用",
        "four_eyes_rule": "四眼原则：模型版本须由未参与训练的人批准。批准须填写书面理由（至少 10 个字符）。",
        "step_approve": "批准用于临床", "step_rollback": "重新上线此版本",
        "step_retire": "停用",
        "four_eyes_refused": "已拒绝（四眼原则）：此模型由您发起训练，须由另一位审批人批准。",
        "trainer_unknown": "已拒绝：未记录此模型的训练人，无法核查四眼原则。",
        "model_approve_done": "已批准。", "model_rollback_done": "已回滚：现由此版本提供服务。",
        "model_retire_done": "已停用。",
        "datasets": "数据集与溯源", "studies_n": "检查数", "patients_n": "患者数",
        "images_n": "图像数", "created": "创建", "trained_models": "用其训练的模型",
        "show_splits": "划分",
        "serving": "服务健康",
        "serving_intro": "每个在线模型版本的延迟、吞吐量和输入漂移，按固定间隔采样（时间为 UTC）。",
        "drift_not_judged": "漂移：输入尚不足以判断", "drift_yes": "检测到漂移",
        "drift_no": "无漂移", "requests_total": "所示时段内共 {n} 次请求",
        "latency_ms": "延迟（毫秒）", "throughput": "吞吐量（每秒请求数）",
        "drift_kl": "漂移（KL 散度）", "drift_threshold": "阈值",
        "regions_alt": "检测到的烧录文字（红框）及遮盖将涂黑的区域（阴影、黄色虚线）",
        "text_found": "烧录文字：发现 {n} 行（红框）",
        "text_not_read": "烧录文字：未读取像素（未配置文字检测器）",
        "mask_would": "遮盖规则 {rule}：任何放行都将涂黑 {n} 个区域（阴影）",
        "mask_none": "没有与该设备和尺寸匹配的遮盖规则",
        "mask_release": "遮盖后放行", "mask_released": "已遮盖并放行：检测到的文字已涂黑。",
        "mask_refused_mask_nothing_found": "未放行：去标识服务未找到可遮盖的文字（未配置文字检测器，"
        "或未读出任何文字行）。请直接放行或拒绝。",
        "mask_refused_burned_in_compressed": "未放行：图像为压缩格式，无法遮盖。请直接放行或拒绝。",
        "mask_refused_burned_in_unmaskable": "未放行：该像素数据无法遮盖。请直接放行或拒绝。",
        "release_proposed": "已提议放行：须由另一位隐私官确认（四眼原则）。",
        "proposed_by": "{who} 提议放行", "proposed_mask_by": "{who} 提议遮盖后放行",
        "awaiting_other": "—— 等待另一位隐私官确认",
        "confirm_release": "确认放行", "confirm_mask_release": "确认遮盖后放行",
        "four_eyes_same_officer": "已拒绝（四眼原则）：此放行由您提议，须由另一位隐私官确认。",
        "confirm_mismatch": "已拒绝：请按提议的方式（是否遮盖）确认放行，或拒绝。",
        "no_samples": "尚无采样。", "p50": "中位数", "p95": "第 95 百分位",
        "p99": "第 99 百分位", "requests_per_s": "次/秒",
        "grant": "授权", "from_role": "原角色", "granted_role": "授予角色",
        "granted_at": "授予时间", "expires_at": "到期时间",
        "state_RECEIVING": "接收中", "state_RECEIVED": "已接收",
        "state_DEIDENTIFIED": "已去标识", "state_QUARANTINED": "已隔离",
        "state_UNSPECIFIED": "未知", "review_PENDING": "待审核", "review_RELEASED": "已放行",
        "review_REJECTED": "已拒绝",
        "minutes": "{n} 分钟", "hours": "{n} 小时", "days": "{n} 天",
        "view_image": "查看图像", "image": "图像", "window_center": "窗位",
        "window_width": "窗宽", "instance_no": "图像序号", "apply": "应用",
        "image_caption": "第 {index} 幅，共 {count} 幅，{rows}×{columns}，窗位 {center} / 窗宽 {width}",
        "image_alt": "隔离中的原始图像（可识别）",
        "bad_window": "窗位、窗宽和图像序号必须是数字。",
        "role_radiologist": "放射科医生", "role_ai_engineer": "AI 工程师",
        "role_auditor": "审计员", "role_privacy_officer": "隐私官",
        "role_clinician": "临床医生", "role_admin": "管理员", "role_approver": "审批人",
        "role_pacs": "PACS",
        "emergency": "紧急授权",
        "emergency_intro": "紧急授权（破窗）：为紧急诊疗临时提升角色，有时限。隐私官会立即收到提醒，"
        "并审核每一次授权及其书面理由。",
        "emergency_role": "所需角色", "emergency_reason": "书面理由（至少 20 个字符）",
        "emergency_minutes": "时长（分钟，最多 60）", "emergency_ask": "申请紧急授权",
        "emergency_bad": "请选择角色，填写至少 20 个字符的理由，时长不超过 60 分钟。",
        "emergency_granted": "紧急授权已批准：在到期前，您将以页面顶部显示的角色操作；到期后请重新登录。",
    },
}


def pick_lang(cookie: str, accept_language: str = "") -> str:
    """The language of a request: the cookie's if valid, else the browser's first known one."""
    if cookie in LANGS:
        return cookie
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGS:
            return code
    return DEFAULT_LANG


def translate(lang: str, key: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` with ``values`` filled in (unknown keys show as is)."""
    text = MESSAGES.get(lang, MESSAGES[DEFAULT_LANG]).get(key, key)
    return text.format(**values) if values else text


def format_number(value: float, lang: str, *, digits: int = 0) -> str:
    """Grouped digits: 1,234.5 (mainland Chinese software groups by thousands too)."""
    del lang  # both languages group by thousands with "," in software
    return f"{value:,.{digits}f}"


def format_time(epoch_s: float, lang: str) -> str:
    """A UTC date and time in the language's order: ``4 Dec 2026 05:04`` / ``2026年12月4日 05:04``."""
    if epoch_s <= 0:
        return "—"
    t = time.gmtime(epoch_s)
    if lang == "zh":
        return f"{t.tm_year}年{t.tm_mon}月{t.tm_mday}日 {t.tm_hour:02d}:{t.tm_min:02d} UTC"
    month = _MONTHS[t.tm_mon - 1]
    return f"{t.tm_mday} {month} {t.tm_year} {t.tm_hour:02d}:{t.tm_min:02d} UTC"


def format_clock(epoch_s: float, lang: str) -> str:
    """A short UTC day and time for a chart's axis: ``4 Dec 05:04`` / ``12月4日 05:04``."""
    t = time.gmtime(epoch_s)
    if lang == "zh":
        return f"{t.tm_mon}月{t.tm_mday}日 {t.tm_hour:02d}:{t.tm_min:02d}"
    month = _MONTHS[t.tm_mon - 1]
    return f"{t.tm_mday} {month} {t.tm_hour:02d}:{t.tm_min:02d}"


def format_age(seconds: float, lang: str) -> str:
    """How long ago, in minutes, hours or days."""
    if seconds < 3600:
        return translate(lang, "minutes", n=max(0, int(seconds // 60)))
    if seconds < 86400:
        return translate(lang, "hours", n=int(seconds // 3600))
    return translate(lang, "days", n=int(seconds // 86400))
