import socket

COMMAND_STATION = ("192.168.50.10", 2560)


def build_throttle_cmd(loco, speed, direction) -> str:
    dir_bit = 1 if direction == "forward" else 0
    return f"<t {int(loco)} {int(speed)} {dir_bit}>"


def send_to_command_station(cmd: str) -> str:
    with socket.create_connection(COMMAND_STATION, timeout=3) as s:
        s.sendall(cmd.encode())
        return s.recv(256).decode(errors="replace")
