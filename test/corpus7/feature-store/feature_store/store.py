"""Thin data-access layer over the ScyllaDB keyspace holding the online features."""
import os

from cassandra.auth import PlainTextAuthProvider
from cassandra.cluster import Cluster

_cluster = Cluster(
    os.environ.get("SCYLLA_HOSTS", "scylla-1.internal").split(","),
    auth_provider=PlainTextAuthProvider(os.environ["SCYLLA_USER"], os.environ["SCYLLA_PASSWORD"]),
)
session = _cluster.connect("features")

FEATURE_VIEWS = {"user_activity": "fv_user_activity", "merchant_risk": "fv_merchant_risk", "device": "fv_device"}


def online_features(view: str, entity_id: str, names: list[str]):
    table = FEATURE_VIEWS[view]
    cols = ", ".join(n for n in names if n.isidentifier())
    # ok: tool-input-to-sql
    return session.execute(f"SELECT entity_id, {cols or '*'} FROM {table} WHERE entity_id = %s", (entity_id,)).all()


def entity_history(view: str, entity_id: str, since: str):
    query = "SELECT * FROM %s_history WHERE entity_id = '%s' AND ts >= '%s'" % (view, entity_id, since)
    # ruleid: tool-input-to-sql
    return session.execute(query).all()


def feature_stats(view: str):
    table = FEATURE_VIEWS[view]
    return session.execute(f"SELECT count(*) FROM {table}").one()
