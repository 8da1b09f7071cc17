"""Loads every layer of a SmartLand Twin WMS in headless QGIS, in EPSG:3857 and EPSG:4326, renders it,
identifies a feature and fetches its legend. Prints one line per layer; exits 1 if any layer fails. A layer with no
features yet (contractors' layers, proposals before any is approved) is loaded and reported EMPTY, not drawn.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_wms_check.py http://localhost:8080/ows [OUTDIR]
"""
import sys
import os
import urllib.request
from qgis.core import (QgsApplication, QgsRasterLayer, QgsMapSettings, QgsMapRendererParallelJob,
                       QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle,
                       QgsRaster, QgsPointXY)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

url = sys.argv[1]
outdir = sys.argv[2] if len(sys.argv) > 2 else None
app = QgsApplication([], False)
app.initQgis()

from owslib.wms import WebMapService  # noqa: E402  (list the layers the way a client would)
wms = WebMapService(url, version="1.3.0")
layers = [name for name, c in wms.contents.items() if not c.children]
import json  # noqa: E402
with urllib.request.urlopen(url.rsplit("/", 1)[0] + "/api/layers") as r:
    counts = {l["id"]: l.get("featureCount") for l in json.load(r)["layers"]}
failures = 0
for crs_code in ("EPSG:3857", "EPSG:4326"):
    for name in layers:
        uri = f"contextualWMSLegend=0&crs={crs_code}&dpiMode=7&format=image/png&layers={name}&styles=&url={url}"
        layer = QgsRasterLayer(uri, name, "wms")
        if not layer.isValid():
            print(f"FAIL {crs_code} {name}: not valid: {layer.error().summary()}")
            failures += 1
            continue
        if counts.get(name) == 0:
            print(f"EMPTY {crs_code} {name}: valid, no features yet")
            continue
        extent = layer.extent()
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs_code))
        settings.setExtent(extent)
        settings.setOutputSize(QSize(400, 400))
        settings.setBackgroundColor(QColor(255, 255, 255, 0))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        def inked(x, y):
            c = QColor.fromRgba(image.pixel(x, y))
            return c.alpha() > 0 and (c.red(), c.green(), c.blue()) != (255, 255, 255)
        ink = [(x, y) for x in range(0, 400, 2) for y in range(0, 400, 2) if inked(x, y)]
        drawn = len(ink)
        if outdir:
            image.save(os.path.join(outdir, f"{name}_{crs_code.replace(':', '')}.png"))
        # identify where something was drawn: a few inked pixels spread over the image (one may be a label's)
        ok_ident = False
        extent = settings.visibleExtent()
        for px, py in ink[:: max(1, len(ink) // 8)][:9]:
            point = QgsPointXY(extent.xMinimum() + (px + 0.5) * extent.width() / 400,
                               extent.yMaximum() - (py + 0.5) * extent.height() / 400)
            ident = layer.dataProvider().identify(point, QgsRaster.IdentifyFormatText, extent, 400, 400)
            text = " ".join(str(v) for v in ident.results().values()) if ident.isValid() else ""
            if "id = " + name + "." in text:
                ok_ident = True
                break
        styles = wms.contents[name].styles
        legend_url = next(iter(styles.values())).get("legend") if styles else None
        ok_legend = False
        if legend_url:
            with urllib.request.urlopen(legend_url) as r:
                ok_legend = r.headers.get("Content-Type") == "image/png" and r.read(8) == b"\x89PNG\r\n\x1a\n"
        status = "OK  " if drawn > 0 and ok_ident and ok_legend else "FAIL"
        if status == "FAIL":
            failures += 1
        print(f"{status} {crs_code} {name}: {drawn} sampled pixels drawn, identify={'ok' if ok_ident else 'failed'}, "
              f"legend={'ok' if ok_legend else 'missing'}")
app.exitQgis()
print(f"{failures} failures")
sys.exit(1 if failures else 0)
