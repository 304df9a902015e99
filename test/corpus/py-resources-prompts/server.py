import sqlite3
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.prompts import base

mcp = FastMCP("knowledge-base")
KB_DIR = Path("./kb").resolve()
LOG_FILES = {"api": "/var/log/app/api.log", "worker": "/var/log/app/worker.log", "cron": "/var/log/app/cron.log"}
db = sqlite3.connect("kb.db", check_same_thread=False)


@mcp.resource("kb://articles/{slug}")
def article(slug: str) -> str:
    """A knowledge-base article."""
    return (KB_DIR / f"{slug}.md").read_text()  # FLAW tool-input-to-path


@mcp.resource("kb://safe-articles/{slug}")
def safe_article(slug: str) -> str:
    """A knowledge-base article (contained)."""
    p = (KB_DIR / f"{slug}.md").resolve()
    if KB_DIR not in p.parents:
        raise ValueError("not found")
    return p.read_text()  # SAFE tool-input-to-path


@mcp.resource("logs://{service}/tail")
def service_log(service: str) -> str:
    """Last lines of a service log."""
    if service not in LOG_FILES:
        raise ValueError(f"unknown service {service}")
    with open(LOG_FILES[service]) as fh:  # SAFE tool-input-to-path
        return "".join(fh.readlines()[-200:])


@mcp.resource("kb://authors/{author}/articles")
def articles_by_author(author: str) -> str:
    """Titles of an author's articles."""
    rows = db.execute(f"SELECT title FROM articles WHERE author = '{author}'").fetchall()  # FLAW tool-input-to-sql
    return "\n".join(r[0] for r in rows)


@mcp.resource("kb://tags/{tag}")
def articles_by_tag(tag: str) -> str:
    """Titles of articles with a tag."""
    rows = db.execute("SELECT a.title FROM articles a JOIN tags t ON t.article_id = a.id WHERE t.tag = ?", (tag,)).fetchall()  # SAFE tool-input-to-sql
    return "\n".join(r[0] for r in rows)


@mcp.prompt()
def review_article(slug: str) -> str:
    """Ask the model to review an article."""
    body = open(KB_DIR / slug).read()  # FLAW tool-input-to-path
    return f"Please review this knowledge-base article for accuracy and tone:\n\n{body}"


@mcp.prompt(title="Debug a log")
def debug_log(log_path: str, question: str) -> list[base.Message]:
    excerpt = Path(log_path).read_text()[-5000:]  # FLAW tool-input-to-path
    return [
        base.UserMessage(f"Here is a log excerpt:\n{excerpt}"),
        base.UserMessage(question),
        base.AssistantMessage("I'll look for the root cause."),
    ]


@mcp.prompt()
def summarize(topic: str) -> str:
    return f"Summarize everything the knowledge base says about {topic}."


if __name__ == "__main__":
    mcp.run()
