"""Edits a SmartLand Twin WFS layer in headless QGIS the way a contractor does: an API key stored as a Basic auth
config (any user name, the key as the password) in a throwaway QGIS auth database, the layer loaded with that
authcfg, a polygon feature with attributes added and committed (a WFS Transaction), then one attribute of it
changed and committed again. Prints one line 'RESULT {json}' with what QGIS reported: whether the layer was valid
and editable, its provider capabilities, whether each commit succeeded, and the errors QGIS gave.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_wfst_check.py URL API_KEY TYPENAME NAME "POLYGON ((...))"
       [VERSION [SRSNAME]]
  URL       the WFS endpoint, e.g. http://localhost:8080/ows
  TYPENAME  e.g. slt:works; NAME: the new feature's name
  VERSION   the WFS version QGIS asks for (default 2.0.0)
  SRSNAME   the CRS QGIS loads the layer in (default: the type's default CRS); the polygon is in this CRS
Environment: NAME_FIELD (default name) is the attribute that holds NAME; WFST_ATTRIBUTES, a JSON object, replaces the
  other attribute values (default: status planned, cost 1234.5, done_on 2024-05-01 — the test territory's works).
Exits 0 once the result is printed, whatever it says; 2 if QGIS itself could not be set up.
"""
import json
import os
import sys
import tempfile

url, key, typename, name, wkt = sys.argv[1:6]
version = sys.argv[6] if len(sys.argv) > 6 else "2.0.0"
srsname = sys.argv[7] if len(sys.argv) > 7 else ""

# A throwaway profile: the auth database is created here, never in the user's QGIS profile.
profile = tempfile.mkdtemp(prefix="qgis-wfst-")
os.environ["QGIS_AUTH_DB_DIR_PATH"] = profile
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile

from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsFeature, QgsGeometry,  # noqa: E402
                       QgsVectorDataProvider, QgsVectorLayer, QgsFeatureRequest, QgsExpression)

app = QgsApplication([], False)
app.initQgis()

result = {"version": version, "srsname": srsname}
auth = QgsApplication.authManager()
if not auth.setMasterPassword("throwaway master password", True):
    print("RESULT " + json.dumps({"error": "cannot set the QGIS auth master password"}))
    sys.stdout.flush()
    os._exit(2)
config = QgsAuthMethodConfig("Basic")
config.setName("SmartLand Twin API key")
config.setConfig("username", "contractor-key")
config.setConfig("password", key)
if not auth.storeAuthenticationConfig(config)[0]:
    print("RESULT " + json.dumps({"error": "cannot store the auth config"}))
    sys.stdout.flush()
    os._exit(2)
result["authcfg"] = config.id()

uri = (f"pagingEnabled='true' preferCoordinatesForWfsT11='false' restrictToRequestBBOX='0' "
       f"typename='{typename}' url='{url}' version='{version}' authcfg='{config.id()}'"
       + (f" srsname='{srsname}'" if srsname else ""))
layer = QgsVectorLayer(uri, typename, "WFS")
result["valid"] = layer.isValid()
if not layer.isValid():
    result["error"] = layer.error().summary()
    print("RESULT " + json.dumps(result))
    sys.stdout.flush()
    os._exit(0)

provider = layer.dataProvider()
caps = provider.capabilities()
result["capabilities"] = provider.capabilitiesString()
result["can_add"] = bool(caps & QgsVectorDataProvider.AddFeatures)
result["can_change_attributes"] = bool(caps & QgsVectorDataProvider.ChangeAttributeValues)
result["can_delete"] = bool(caps & QgsVectorDataProvider.DeleteFeatures)
result["crs"] = layer.crs().authid()
result["fields"] = layer.fields().names()
result["features_before"] = layer.featureCount()

# Add a polygon with attributes and commit: QGIS sends a WFS Transaction with one Insert.
layer.startEditing()
feature = QgsFeature(layer.fields())
feature.setGeometry(QgsGeometry.fromWkt(wkt))
name_field = os.environ.get("NAME_FIELD", "name")
values = json.loads(os.environ.get("WFST_ATTRIBUTES", '{"status": "planned", "cost": 1234.5, "done_on": "2024-05-01"}'))
values[name_field] = name
for field, value in values.items():
    if layer.fields().indexOf(field) >= 0:
        feature[field] = value
result["added"] = layer.addFeature(feature)
result["committed"] = layer.commitChanges()
result["commit_errors"] = layer.commitErrors()
result["provider_errors"] = provider.errors()
if not result["committed"]:
    layer.rollBack()

# Change an attribute of the new feature and commit again: a Transaction with one Update.
if result["committed"]:
    layer.reload()
    expression = QgsExpression(f"\"{name_field}\" = '{name}'")
    found = [f for f in layer.getFeatures(QgsFeatureRequest(expression))]
    result["found_after_commit"] = len(found)
    if found:
        layer.startEditing()
        layer.changeAttributeValue(found[0].id(), layer.fields().indexOf("status"), "done")
        result["update_committed"] = layer.commitChanges()
        result["update_errors"] = layer.commitErrors()
        if not result["update_committed"]:
            layer.rollBack()

print("RESULT " + json.dumps(result))
sys.stdout.flush()
os._exit(0)  # QGIS 3.22 may crash while tearing down headless; the result is printed
