const API = "https://api.dropboxapi.com/2";

export async function dropboxApi(endpoint, body) {
  const res = await fetch(API + endpoint, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.DROPBOX_ACCESS_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Dropbox API error ${res.status}: ${await res.text()}`);
  return res.json();
}
