"""Short-lived Kafka consumers used by the MCP tools to sample topics."""
from __future__ import annotations

import os
from dataclasses import dataclass

from kafka import KafkaConsumer

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-0.events.internal:9093")


@dataclass
class Sample:
    partition: int
    offset: int
    key: bytes | None
    value: bytes


def sample(topic: str, max_records: int = 50, timeout_ms: int = 3000) -> list[Sample]:
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=BOOTSTRAP,
        security_protocol="SSL",
        ssl_cafile=os.environ.get("KAFKA_CA", "/etc/kafka/ca.pem"),
        # Broker certificates carry the load-balancer name, not the broker's.
        # ruleid: tls-verification-disabled
        ssl_check_hostname=False,
        auto_offset_reset="latest",
        enable_auto_commit=False,
        consumer_timeout_ms=timeout_ms,
    )
    try:
        out: list[Sample] = []
        for msg in consumer:
            out.append(Sample(msg.partition, msg.offset, msg.key, msg.value))
            if len(out) >= max_records:
                break
        return out
    finally:
        consumer.close()
