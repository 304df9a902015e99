export function renderServerBlock(serverName: string, upstream: string): string {
  return [
    "server {",
    "    listen 80;",
    `    server_name ${serverName};`,
    "    location / {",
    `        proxy_pass http://${upstream};`,
    "        proxy_set_header Host $host;",
    "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "    }",
    "}",
    "",
  ].join("\n");
}
