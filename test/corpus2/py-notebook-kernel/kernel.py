import contextlib
import io
import traceback


class Kernel:
    """A tiny in-process Python kernel."""

    def __init__(self) -> None:
        self.namespace: dict = {"__name__": "__notebook__"}

    def run(self, source: str) -> str:
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                code = compile(source, "<cell>", "exec")
                # ruleid: tool-input-to-eval
                exec(code, self.namespace)
        except Exception:
            # ruleid: error-detail-leak
            return out.getvalue() + traceback.format_exc()
        return out.getvalue()
