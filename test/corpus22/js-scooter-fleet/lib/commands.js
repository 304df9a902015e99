const IMAGE_DIR = "/srv/firmware";

function firmwareCommand(id, image) {
  return ["fleetctl", "flash", "--scooter", id, "--image", `${IMAGE_DIR}/${image}`].join(" ");
}

module.exports = { firmwareCommand };
