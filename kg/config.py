"""Configuration from the conventional variables; command-line flags override them."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

BACKENDS = ("embedded", "neo4j")


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kg"


@dataclass(frozen=True)
class Config:
    backend: str
    db_path: str
    neo4j_uri: str
    neo4j_user: str
    neo4j_password: str
    neo4j_database: str

    @property
    def reject_log(self) -> Path:
        """Beside the embedded database and named after it (kg.lbdb → kg.rejects.jsonl), so two
        databases in one folder keep their own logs; for Neo4j, in kg's data folder."""
        if self.backend == "embedded":
            db = Path(self.db_path)
            return db.with_name(f"{db.stem}.rejects.jsonl")
        return data_dir() / "rejects-neo4j.jsonl"


def load_config(backend: str | None = None, db: str | None = None, uri: str | None = None) -> Config:
    env = os.environ
    return Config(
        backend=(backend or env.get("KG_BACKEND") or "embedded").lower(),
        db_path=db or env.get("KG_DB") or str(data_dir() / "kg.lbdb"),
        neo4j_uri=uri or env.get("NEO4J_URI") or "bolt://localhost:7687",
        neo4j_user=env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or "neo4j",
        neo4j_password=env.get("NEO4J_PASSWORD", ""),
        neo4j_database=env.get("NEO4J_DATABASE", ""),
    )
