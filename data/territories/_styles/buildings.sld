<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>buildings</Name>
    <UserStyle>
      <Name>buildings</Name>
      <Title>Buildings by use</Title>
      <Abstract>Building footprints coloured by use; outlines from 1:10,000.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>residential</Name>
          <Title>Residential</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>residential</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#dcc6a8</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>public</Name>
          <Title>Public building</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>public</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#e39a9a</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>commercial</Name>
          <Title>Commercial</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>commercial</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#c6b0dd</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>industrial</Name>
          <Title>Industrial</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>industrial</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#b3b3c9</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>transport</Name>
          <Title>Transport</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>transport</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#a9bfd9</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>agricultural</Name>
          <Title>Agricultural</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>agricultural</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#d3dca4</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>ancillary</Name>
          <Title>Garage, shed or other ancillary building</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>use</ogc:PropertyName><ogc:Literal>ancillary</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#e3ded6</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>other</Name>
          <Title>Other building</Title>
          <ElseFilter/>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#d6cfc7</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
      <FeatureTypeStyle>
        <Rule>
          <Name>outline</Name>
          <Title>Building outline</Title>
          <MaxScaleDenominator>10000</MaxScaleDenominator>
          <PolygonSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#8f867c</CssParameter>
              <CssParameter name="stroke-width">0.5</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
