<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer>
    <Name>works</Name>
    <UserStyle>
      <Name>works</Name>
      <Title>Works</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>work</Name>
          <Title>Work</Title>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#ff0000</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#800000</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
