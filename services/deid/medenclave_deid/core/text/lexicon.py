"""Word lists the note de-identifier and the synthetic corpora share (synthetic, never real people).

The detector uses the name and place lists as dictionaries; the corpora also draw names that are
NOT in these lists, so that recall measures the context rules as well as the dictionaries.
"""

from __future__ import annotations

__all__ = [
    "CLINICAL_COMMON_EN",
    "CLINICAL_TERMS_EN",
    "CLINICAL_TERMS_ZH",
    "CLINICAL_WORDS_EN",
    "CN_CITIES",
    "CN_COMPOUND_SURNAMES",
    "CN_DEPARTMENTS",
    "CN_NAME_GUARD",
    "CN_PROVINCES",
    "CN_SURNAMES",
    "CN_SURNAMES_AFTER_CUE",
    "EN_CITIES",
    "EN_FIRST_NAMES",
    "EN_LAST_NAMES",
    "EPONYMS",
    "US_STATES",
    "cn_surname_pattern",
]

EN_FIRST_NAMES = frozenset("""
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan
Henry Douglas Zachary Peter Kyle Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah
Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy
Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda
Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria
Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith
Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa
Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Claire Wei Mei Ling Hiroshi Yuki Priya
Rahul Ahmed Fatima Omar Leila Carlos Sofia Diego Lucia Pierre Camille Hans Greta Ivan Olga
""".split())

EN_LAST_NAMES = frozenset("""
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker
Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper
Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James
Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreau
Dubois Schmidt Muller Novak Kowalski Ivanova Tanaka Suzuki Sato Wang Zhang Chen Liu Huang Zhao
Singh Kumar Khan Ali Hassan Okafor Mensah Silva Santos Costa Rossi Ferrari Larsen Jensen Berg
""".split())

US_STATES = frozenset("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
""".split())

EN_CITIES = frozenset("""
Springfield Riverside Fairview Franklin Greenville Bristol Clinton Salem Madison Georgetown Arlington
Ashland Burlington Manchester Milton Newport Oxford Dover Hudson Kingston Lexington Marion Auburn
Boston Chicago Houston Phoenix Philadelphia Dallas Austin Denver Seattle Portland Atlanta Miami
Oakland Tucson Fresno Omaha Raleigh Tulsa Cleveland Minneapolis Wichita Tampa Pittsburgh Cincinnati
""".split())

#: Single-character surnames (the common ones), then compound ones.
CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # less frequent ones (Hundred Family Surnames), the words they start guarded in
    # chinese_names.CN_NAME_STOP_WORDS
    "祖幸韶郜蓟邰鄂咸籍赖蔺屠胥苍闻莘贡逄堵宰郦雍璩濮扈燕冀郏阎茹宦庾暨匡阙殳蔚夔厍晁訾阚乜鞠巢蒯荆"
    "竺逯桓邸綦谌鄢甯狄茅昝裘贲杭洪嵇钮荀於麴芮羿汲邴隗宓蓬郗钭戎揭漆凤昌牧权惠萧"
    "傅禹廉湛奚酆"
    # rare ones that start no word of a note (隰 仉 亓 禤 佴 琚 眭)
    "隰仉亓禤佴琚眭")
#: Surnames also words of everyday or clinical text (皮 皮肤, 花 花粉, 怀 怀孕, 隆 隆起, 束 束支 …):
#: names only right after the word for the patient (患者皮桂花), never by themselves.
CN_SURNAMES_AFTER_CUE = CN_SURNAMES | frozenset(
    "贝伏谈郁储班仰伊厉束印宿怀索扶寿浦慕习容戈衡弘禄沃隆勾融诸滑羊糜暴皮花乐元平计强危支经干宣家"
    "封富乌巴山秋薄从阴能双劳通别充鱼慎终居步都满国广东利越那空养须丰相后红盖益公水云松井"
    # the rest of the Hundred Family Surnames (百家姓), southern ones (区 冼 禤 战 栗) and 亓 仝 仉 郇 雒
    "亢佴况冼区墨帅弓战晋栗楚禤笪练缑谯郈钦闭亓仝仉郇雒"
    # Korean (朴) and Yao (盘) surnames
    "朴盘"
    # surnames that are also words of clinical text (粘膜, 洛索洛芬, 达格列净)
    "粘洛达"
    # rarer ones of the south-west and centre (庹 粟 蹇 冶 淦 旷 郄 禚 邗 泮 菅 ...; 粟 粟粒 only after a cue)
    "蹇冶淦旷赫粟庹郄禚笃邗泮菅尧蒿嵩靖稽")
CN_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 轩辕 独孤 南宫 西门 "
    "呼延 澹台 公冶 宗政 濮阳 太史 申屠 钟离 闻人 万俟 百里 东郭 南郭 羊舌 微生 梁丘 左丘 东门 "
    "公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 归海 赫连 淳于 鲜于 闾丘 司空 公羊 亓官 完颜 "
    "仲孙 颛孙 巫马 司寇 耶律 即墨 单于 太叔 子车".split())


def cn_surname_pattern(singles: frozenset[str] = CN_SURNAMES) -> str:
    """A regular-expression group matching one Chinese surname: a compound surname (longest
    first) or one character of ``singles`` (``CN_SURNAMES_AFTER_CUE`` where a cue stands before)."""
    compounds = "|".join(sorted(CN_COMPOUND_SURNAMES, key=lambda w: (-len(w), w)))
    return f"(?:{compounds}|[{''.join(sorted(singles))}])"

CN_PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 "
    "山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 "
    "内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split()

CN_CITIES = (
    "北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 济南 青岛 沈阳 大连 哈尔滨 "
    "长春 石家庄 太原 合肥 福州 厦门 南昌 昆明 贵阳 南宁 海口 兰州 西宁 银川 乌鲁木齐 呼和浩特 拉萨 宁波 "
    "温州 无锡 常州 佛山 东莞 珠海 汕头 烟台 潍坊 洛阳 宜昌 襄阳 株洲 岳阳 绵阳 遵义 桂林 三亚 唐山 保定"
).split()
#: the other prefecture-level cities (and a few large county-level ones), province by province;
#: names that are also everyday words (朝阳, 长治, 来宾, 安康, 白银, 日照, 三明, 普洱, 白山, 山南)
#: are left out, since they would be taken for a city wherever they stand
CN_CITIES = list(dict.fromkeys(CN_CITIES + (
    "秦皇岛 邯郸 邢台 张家口 承德 沧州 廊坊 衡水 大同 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 包头 乌海 "
    "赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 "
    "四平 辽源 通化 松原 白城 延吉 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 "
    "徐州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 张家港 常熟 嘉兴 湖州 绍兴 金华 衢州 舟山 "
    "台州 丽水 义乌 慈溪 余姚 瑞安 乐清 诸暨 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 "
    "六安 亳州 池州 宣城 莆田 泉州 漳州 南平 龙岩 宁德 晋江 石狮 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 "
    "宜春 抚州 上饶 淄博 枣庄 东营 济宁 泰安 威海 临沂 德州 聊城 滨州 菏泽 开封 平顶山 安阳 鹤壁 新乡 "
    "焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 黄石 十堰 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 "
    "恩施 湘潭 衡阳 邵阳 常德 张家界 益阳 郴州 永州 怀化 娄底 吉首 韶关 江门 湛江 茂名 肇庆 惠州 梅州 "
    "汕尾 河源 阳江 清远 中山 潮州 揭阳 云浮 柳州 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 "
    "儋州 自贡 攀枝花 泸州 德阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 西昌 六盘水 "
    "安顺 毕节 铜仁 凯里 都匀 兴义 曲靖 玉溪 保山 昭通 丽江 临沧 大理 个旧 景洪 日喀则 昌都 林芝 那曲 "
    "铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 海东 "
    "石嘴山 吴忠 固原 中卫 克拉玛依 吐鲁番 哈密 喀什 伊宁 库尔勒 阿克苏 和田 香港 澳门 台北 高雄 台中"
).split()))

CN_DEPARTMENTS = (
    "呼吸内科 心血管内科 消化内科 神经内科 肾内科 内分泌科 血液科 风湿免疫科 感染科 普外科 胸外科 "
    "心胸外科 神经外科 骨科 泌尿外科 肝胆外科 乳腺外科 妇产科 儿科 新生儿科 眼科 耳鼻喉科 口腔科 皮肤科 "
    "肿瘤科 放疗科 放射科 影像科 超声科 核医学科 检验科 病理科 麻醉科 急诊科 重症医学科 康复科 中医科 "
    "老年科 全科医学科 营养科"
).split()

#: Clinical vocabulary that must survive de-identification verbatim.
CLINICAL_TERMS_EN = (
    "pneumonia", "pulmonary nodule", "hypertension", "type 2 diabetes mellitus", "atrial fibrillation",
    "chronic obstructive pulmonary disease", "ground-glass opacity", "pleural effusion",
    "metformin 500 mg", "lisinopril 10 mg", "atorvastatin 20 mg", "Aspirin 81 mg",
    "Warfarin", "Amoxicillin", "Parkinson disease", "Alzheimer disease", "Hodgkin lymphoma",
    "Crohn disease", "Graves disease", "Bell palsy", "Wood lamp examination", "Foley catheter",
    "HbA1c 7.2%", "creatinine 1.1 mg/dL", "WBC 11.2",
    "CT chest", "MRI brain", "Gleason 3+4", "BI-RADS 4", "Lung-RADS 3", "T2N0M0",
)
CLINICAL_TERMS_ZH = (
    "肺结节", "高血压", "2型糖尿病", "冠心病", "慢性阻塞性肺疾病", "磨玻璃结节", "胸腔积液", "肺炎",
    "二甲双胍", "阿司匹林", "阿托伐他汀", "硝苯地平", "头孢曲松", "胸部CT", "头颅MRI", "血常规",
    "糖化血红蛋白7.2%", "肌酐85μmol/L", "白细胞11.2×10^9/L", "右肺上叶", "左肾囊肿", "甲状腺结节",
    "脑梗死", "房颤", "王氏综合征", "帕金森病", "川崎病",
)

#: Clinical words that begin with a surname character: a name candidate starting with one of
#: these is clinical text, not a name (患者高血压…, 患者明显消瘦…).
CN_NAME_GUARD = tuple(
    "高血压 高血糖 高血脂 高脂血症 高热 高钾 高钠 高危 高度 高密度 明显 明确 白细胞 白蛋白 白斑 黄疸 黄染 "
    "常规 常见 房颤 房早 房扑 房室 石膏 包块 包裹 甘油 金属 钙化 安静 安眠 温度 应激 应用 时间 全身 全血 "
    "全麻 双肺 双侧 华法林 程度 毛刺 毛发 尤其 方案 单发 单纯 多发 谷丙 谷草 柯氏 左侧 右侧 车祸 关节 "
    "严重 万古霉素 康复 舒张 苏醒 水肿 杨梅 言语 高处 高空 胡言 休克".split())

#: Eponyms of clinical English (diseases, signs, scores, devices, procedures): surnames that are
#: clinical vocabulary when they name the thing, not a person. A title or a cue still makes
#: them a name (``Dr. Parkinson``).
EPONYMS = frozenset("""
addison alzheimer apgar argyll asperger babinski baker barrett barton behcet bell bence bishop
billroth bouchard bowman braxton breslow brudzinski burkitt charcot chadwick chvostek clark
colles cori crohn cushing dandy doppler down dressler dupuytren ehlers epstein ewing fallot
finkelstein foley frank gleason glasgow goodpasture gram graves guillain hartmann hashimoto
heberden heimlich hickman hicks hirschsprung hodgkin hoffmann holter horner huntington
jackson janeway jones kaposi kasai kawasaki kernig killip klinefelter kocher korsakoff lachman
legg lhermitte lisfranc mallory marfan mcburney mcmurray meckel meniere monteggia morton murphy
nissen osgood osler paget papanicolaou pap parkinson penrose perthes pfannenstiel phalen pott
raynaud reiter rinne romberg roux salter seldinger schatzki scheuermann sjogren snellen stevens
swan ganz takayasu tinel tourette trendelenburg trousseau turner valsalva virchow weber wegener
wells wernicke whipple wilms wilson wolff zenker ziehl neelsen lyme addisonian cushingoid
ortolani barlow apley hawkins mcmurray homans rovsing cullen kehr blumberg courvoisier
chvostek kussmaul cheyne stokes duroziez quincke corrigan traube kayser argyll holmes adie
goldmann amsler ishihara hirschberg bruckner ballard dubowitz lugano durie rai binet pugh
ranson bisap caprini padua killip braden morse norton waterlow barthel lawton nihss rankin
spetzler epley hallpike spurling faber adson roos fleischner bosniak hounsfield agatston couinaud
harris kerley luschka treitz wirsung vater oddi
glisson morison douglas willis sylvius monro magendie schmorl modic pfirrmann tanner gartland
neer garden frykman schatzker denis mayfield
toupet dor heller roux ivor lewis mckeown fontan glenn blalock taussig rastelli jatene
ross bentall cox mohs lichtenstein shouldice bassini latarjet bankart ponseti ilizarov
girdlestone lapidus brostrom frey puestow beger sistrunk pomeroy shirodkar mcdonald burch
mcroberts ritgen zavanelli leopold lynch mitrofanoff kock stamm witzel pringle nuss ravitch
broviac groshong tenckhoff ommaya pratt blake malecot coude sengstaken blakemore macintosh
mallampati cormack lehane sellick judkins amplatz tuohy whitacre sprotte swan ganz hickman
pleurx jobst gelpi bookwalter kerrison mikulicz heineke hoehn yahr
wenckebach mobitz brugada mantoux lansky rockall blatchford khorana centor
humphrey baerveldt molteno shaffer spaeth schiotz schiøtz herick posner schlossman axenfeld rieger sturge
krukenberg bjerrum seidel sampaolesi drance schwalbe schlemm descemet elschnig hruby koeppe kahook hodapp
esterman armaly ronne tono-pen tonopen
""".split())

#: Clinical words that are rare in general English and not recognisable by their Greco-Latin
#: parts; kept even when written with a capital (at the start of a sentence, in a heading). The
#: Latin names of the muscles a chemodenervation map lists ("Pronator quadratus") and contrast media by
#: brand ("Gadavist", "Omnipaque") among them.
#: everyday clinical words (common English too) that are never a name's word, for the vocabulary's
#: clinical list only: a lower-case name before one of them is still a name ("fyi mustafa potassium 3.1")
CLINICAL_COMMON_EN = frozenset("""
biopsy biopsies biopsied renal hepatic cardiac pulmonary gastric nasal spinal vascular arterial lumbar
thoracic cervical abdominal pelvic radial fibular humeral aspirate aspiration infusion observation catheter
incision excision suture dressing splint fracture tumor tumour ulcer fever cough vomiting nausea diarrhea
insulin glucose potassium sodium saline dextrose drainage obs
""".split())

CLINICAL_WORDS_EN = frozenset("""
cervix uterus placenta vagina prostate bladder liver spleen pancreas stomach bowel pelvis thyroid
tongue retina pupil spine pons medulla thalamus cerebellum midbrain putamen
triage onset hx dx sx fx ddx
swab swabs canal canals cerumen curette curettes curetted
bibasilar basilar atelectatic consolidation effusion effusions pneumothorax hydrothorax
hemothorax ileus edema oedema erythema eczema stent stents thrombus emboli embolus aneurysm
sepsis syncope presyncope vertigo tinnitus dyspnea dyspnoea orthopnea hemoptysis haemoptysis hematuria
dysuria nocturia melena hematochezia hematemesis ascites jaundice icterus pruritus urticaria
cellulitis abscess fistula hernia polyp polyps nodule nodules mass lesion lesions opacity
opacities infiltrate infiltrates cardiomegaly tachycardia bradycardia arrhythmia fibrillation
flutter murmur rales rhonchi wheezes crackles stridor clubbing cyanosis pallor diaphoresis
febrile afebrile normotensive hypotensive hypertensive tachypneic eupneic ambulatory
postoperative preoperative intraoperative perioperative subcutaneous intravenous intramuscular
sublingual nebulized nebulizer inhaler bid tid qid qd qhs prn po iv im sc npo stat
mg mcg ml dl mmol mmhg bpm kg cm mm
ecg ekg echo mri ct pet cxr kub eeg emg ldl hdl hba1c tsh inr ptt wbc rbc hgb hct plt bun
alt ast alp ggt crp esr bnp troponin lactate lipase amylase ferritin albumin bilirubin creatinine
copd chf cad ckd esrd dvt pe uti gerd ibd ibs hiv hcv hbv tb ards sirs dka hhs osa
bi-rads birads lung-rads li-rads pi-rads tnm gcs nyha asa ecog karnofsky
na k cl ca mg phos hb hgb hct plt cr glu resp pulse temp wt ht bmi rr hr bp sat spo fio pao
paco ph o2 co2 hco3 tbili dbili trop ck ckmb pth vit ferr fib lac hep strep staph
tdap td dtap mmr mmrv ipv opv hib hepa hepb hpv bcg ppd igra tst rsv menacwy menb varivax
zostavax shingrix prevnar pneumovax gardasil fluzone flublok afluria quantiferon flu
vicryl prolene monocryl ethilon dexon pds maxon chromic tegaderm aquacel kerlix xeroform
mepilex duoderm steri-strips dermabond
watchman impella mitraclip micra medtronic biotronik sapien heartmate zoll lifepak glidescope
hemabate jantoven methergine cytotec pitocin carboprost misoprostol
gadavist dotarem magnevist multihance prohance eovist primovist omniscan clariscan elucirem vueway
optimark ablavar feraheme lumason definity optison visipaque optiray ultravist isovue omnipaque
conray gastrografin readi-cat lymphazurin
cerclage defibrillator ventilator tomosynthesis telemetry holter banding grafting splinting suctioning
stenting reprogramming fingerstick end-tidal cannula
modality modalities hemofiltration haemofiltration hemodiafiltration haemodiafiltration ultrafiltration
afib a-fib aflutter a-flutter vfib v-fib vtach v-tach bigeminy trigeminy
elisa clia eclia cmia elfa ifa pcr qpcr rt-pcr rt-qpcr
brachialis brachii brachioradialis brevis cervicis corrugator digitorum dorsi femoris fibularis
frontalis gastrocnemius gluteus gracilis hallucis iliacus iliocostalis iliopsoas infraspinatus
interossei lateralis latissimus levator longissimus longus lumborum lumbrical lumbricals masseter
maximus medialis medius mentalis minimus obliquus oculi opponens orbicularis pectoralis peroneus
piriformis platysma pollicis popliteus procerus profundus pronator quadratus radialis rhomboids
sartorius scalene scalenes scapulae semimembranosus semispinalis semitendinosus soleus splenius
subscapularis superficialis supinator supraspinatus temporalis tibialis trapezius ulnaris vastus
zygomaticus
""".split())
