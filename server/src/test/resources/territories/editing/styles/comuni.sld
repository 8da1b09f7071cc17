<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer>
    <Name>comuni</Name>
    <UserStyle>
      <Name>comuni</Name>
      <Title>Comuni by name</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>corsico</Name>
          <Title>Corsico</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>Corsico</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#ff0000</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>other</Name>
          <Title>Other Comuni</Title>
          <ElseFilter/>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#00ff00</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
