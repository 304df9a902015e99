const net = require("net");

function query(host, command, port = 5025) {
  return new Promise((resolve, reject) => {
    const sock = net.createConnection({ host, port }, () => sock.write(command + "\n"));
    let buf = "";
    sock.setTimeout(3000, () => sock.destroy(new Error("instrument timeout")));
    sock.on("data", (d) => {
      buf += d;
      if (buf.endsWith("\n")) {
        sock.end();
        resolve(buf.trim());
      }
    });
    sock.on("error", reject);
  });
}

module.exports = { query };
