"use strict";

const PRINTER = process.env.BOOTH_PRINTER || "DNP_DS620";

function buildPrintCommand({ file, copies }) {
  return `lp -d ${PRINTER} -n ${copies} -o media=4x6 "${file}"`;
}

function buildOverlayArgs(src, frame) {
  return [src, `/opt/booth/frames/${frame}.png`, "-composite", src.replace(/\.jpg$/, `-${frame}.jpg`)];
}

module.exports = { buildPrintCommand, buildOverlayArgs };
