import os
import pickle

import psycopg2
import psycopg2.extras
from sqlalchemy import create_engine, text

from .queries import StandQuery

DSN = os.environ.get("FOREST_DSN", "dbname=forest user=forester")
engine = create_engine(os.environ.get("FOREST_SQLALCHEMY_URL", "postgresql+psycopg2:///forest"))


def _conn():
    return psycopg2.connect(DSN, cursor_factory=psycopg2.extras.RealDictCursor)


def plots_in_stand(stand_id: str) -> list[dict]:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT plot_id, dbh_mean_cm, basal_area_m2 FROM plots WHERE stand_id = %s", (stand_id,))
        return cur.fetchall()


def trees_by_species(stand_id: str, species: str) -> list[dict]:
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute("SELECT tree_no, dbh_cm, height_m FROM trees WHERE stand_id = '%s' AND species_code = '%s'" % (stand_id, species))
        return cur.fetchall()


def stands_matching(filters: dict) -> list[dict]:
    q = StandQuery()
    for col, val in filters.items():
        q.where(col, val)
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(q.sql())
        return cur.fetchall()


def harvest_volume(compartment: str, year: int) -> float:
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        row = conn.execute(text("SELECT sum(volume_m3) FROM harvests WHERE compartment = :c AND extract(year FROM felled_on) = :y"), {"c": compartment, "y": year}).scalar()
    return float(row or 0)


def owner_parcels(owner: str) -> list[dict]:
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(text(f"SELECT parcel_id, area_ha FROM ownership WHERE owner_name ILIKE '%{owner}%'")).mappings().all()
    return [dict(r) for r in rows]


def load_cruise_session(blob_hex: str) -> dict:
    # ruleid: unsafe-deserialization
    session = pickle.loads(bytes.fromhex(blob_hex))
    return {"plots": len(session.get("plots", [])), "crew": session.get("crew")}
