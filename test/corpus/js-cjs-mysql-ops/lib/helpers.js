const { exec } = require("child_process");

function shell(cmd) {
  return new Promise((resolve, reject) => {
    exec(cmd, { timeout: 30000 }, (err, stdout, stderr) => {
      if (err) reject(err);
      else resolve(stdout || stderr);
    });
  });
}

function du(dir) {
  return shell("du -sh " + dir);
}

module.exports = { shell, du };
