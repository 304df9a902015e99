def gdalwarp_cmd(src: str, epsg: str) -> str:
    out = src.rsplit(".", 1)[0] + f"_{epsg}.tif"
    return "gdalwarp -t_srs EPSG:%s %s %s" % (epsg, src, out)


def translate_argv(src: str, compress: str) -> list[str]:
    out = src.rsplit(".", 1)[0] + "_cog.tif"
    return ["gdal_translate", "-of", "COG", "-co", f"COMPRESS={compress.upper()}", src, out]
