"""One training job run to its end over in-memory de-identified DICOM: the real scheduler,
runner, SQLite stores and Triton model repository on disk, with the dataset source and trainer
of :mod:`medenclave_testing.training_fakes` (the trainer keeps what it was fed)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from medenclave.storage import make_engine
from medenclave_testing.training_fakes import MemorySource, QuietAnnouncer, RecordingTrainer
from medenclave_training.adapters.outbound.sql_cards import SqlModelCardStore
from medenclave_training.adapters.outbound.sql_store import (
    SqlJobStore,
    SqlModelStore,
    SqlStudyCatalog,
    create_tables,
)
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.jobs import Job, make_spec
from medenclave_training.core.ports import AvailableStudy
from medenclave_training.core.runner import JobRunner
from medenclave_training.core.scheduler import JobScheduler

__all__ = ["run_dicom_job"]


def run_dicom_job(tmp_path: Path, studies: dict[str, list[bytes]], *, model_name: str,
                  config: str, image_size: int, cards: bool = False
                  ) -> tuple[Job, MemorySource, RecordingTrainer, TritonModelRepository]:
    """One job of ``config`` over ``studies`` (id → its DICOM), labelled 0, 1, 0, … in order,
    half for validation, one epoch; with ``cards``, model cards in SQL too. Returns the
    finished job, the source (``asked``), the trainer (``data``) and the repository."""
    engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    create_tables(engine)
    jobs, catalog = SqlJobStore(engine), SqlStudyCatalog(engine)
    repo, trainer = TritonModelRepository(tmp_path / "repo"), RecordingTrainer()
    source = MemorySource(dicom=studies)
    scheduler = JobScheduler(jobs=jobs, studies=catalog)
    for study in studies:
        scheduler.record_study(study=AvailableStudy(pseudo_study_id=study))
    runner = JobRunner(jobs=jobs, studies=catalog, source=source, trainer=trainer,
                       models=SqlModelStore(engine), repository=repo, announcer=QuietAnnouncer(),
                       cards=SqlModelCardStore(engine) if cards else None)
    spec = make_spec(model_name=model_name, labels_csv=("pseudo_study_id,label\n" + "".join(
        f"{s},{i % 2}\n" for i, s in enumerate(studies))).encode(), epochs=1, seed=1,
        val_fraction=0.5, image_size=image_size, wait_for_studies=False, wait_timeout_s=0,
        default_epochs=1, default_wait_timeout_s=60)
    job, _ = scheduler.submit(spec=replace(spec, config=config), requested_by="eve",
                              origin="", trace_id="t")
    done = asyncio.run(runner.run(job))
    engine.dispose()
    return done, source, trainer, repo
