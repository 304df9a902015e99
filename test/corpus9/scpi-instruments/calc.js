// Calibration expressions look like "x * 1.0021 - 0.0004".
function applyCalibration(x, expr) {
  // ruleid: tool-input-to-eval
  return eval(expr.replace(/x/g, String(x)));
}

function scaleReading(x, factor) {
  // ok: tool-input-to-eval
  const f = Number.parseFloat(factor);
  if (!Number.isFinite(f)) throw new Error("factor must be a number");
  return x * f;
}

module.exports = { applyCalibration, scaleReading };
