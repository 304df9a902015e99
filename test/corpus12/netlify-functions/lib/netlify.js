const API = "https://api.netlify.com/api/v1";

async function netlifyApi(path, init = {}) {
  const res = await fetch(API + path, {
    ...init,
    headers: { Authorization: `Bearer ${process.env.NETLIFY_AUTH_TOKEN}`, "Content-Type": "application/json" },
  });
  if (!res.ok) throw new Error(`Netlify API ${res.status}`);
  return res.json();
}

module.exports = { netlifyApi };
