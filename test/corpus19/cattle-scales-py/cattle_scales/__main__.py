from .server import build

build().run()
