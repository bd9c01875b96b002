"""QThread glue: run core engines on their own threads and deliver their events as signals."""

from app.workers.engine_run import EngineRun
from app.workers.engine_worker import EngineWorker, live_workers, stop_all_workers
from app.workers.export_writer import ExportWriter

__all__ = ["EngineRun", "EngineWorker", "ExportWriter", "live_workers", "stop_all_workers"]
