export type Priority = "low" | "medium" | "high";
export interface Task {
  id: number;
  title: string;
  priority: Priority;
  done: boolean;
}

export class TaskStore {
  private tasks: Task[] = [];
  private next = 1;

  add(title: string, priority: Priority): Task {
    const t = { id: this.next++, title, priority, done: false };
    this.tasks.push(t);
    return t;
  }

  list(priority?: Priority): Task[] {
    return this.tasks.filter((t) => !t.done && (!priority || t.priority === priority));
  }
}
