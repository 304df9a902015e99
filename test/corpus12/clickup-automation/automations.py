"""Execution of user-written automation rules."""
from clickup import list_tasks, update_task


def run_rule_script(list_id: str, script: str) -> str:
    changed = 0
    for task in list_tasks(list_id):
        env = {"task": dict(task), "changes": {}}
        # ruleid: tool-input-to-eval
        exec(script, {"__builtins__": {"len": len, "str": str}}, env)
        if env["changes"]:
            update_task(task["id"], env["changes"])
            changed += 1
    return f"rule changed {changed} tasks"
