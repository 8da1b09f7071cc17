<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>population</Name>
    <UserStyle>
      <Name>population</Name>
      <Title>Residents per building</Title>
      <Abstract>Residents disaggregated to buildings, in five graduated classes (yellow to dark red).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>residents_1</Name>
          <Title>1 – 5 residents</Title>
          <ogc:Filter>
            <ogc:PropertyIsBetween><ogc:PropertyName>residents</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>1</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>5</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#ffffb2</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#7f7f7f</CssParameter>
              <CssParameter name="stroke-width">0.3</CssParameter>
              <CssParameter name="stroke-opacity">0.6</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>residents_2</Name>
          <Title>6 – 20 residents</Title>
          <ogc:Filter>
            <ogc:PropertyIsBetween><ogc:PropertyName>residents</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>6</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>20</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#fecc5c</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#7f7f7f</CssParameter>
              <CssParameter name="stroke-width">0.3</CssParameter>
              <CssParameter name="stroke-opacity">0.6</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>residents_3</Name>
          <Title>21 – 50 residents</Title>
          <ogc:Filter>
            <ogc:PropertyIsBetween><ogc:PropertyName>residents</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>21</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>50</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#fd8d3c</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#7f7f7f</CssParameter>
              <CssParameter name="stroke-width">0.3</CssParameter>
              <CssParameter name="stroke-opacity">0.6</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>residents_4</Name>
          <Title>51 – 100 residents</Title>
          <ogc:Filter>
            <ogc:PropertyIsBetween><ogc:PropertyName>residents</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>51</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>100</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#f03b20</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#7f7f7f</CssParameter>
              <CssParameter name="stroke-width">0.3</CssParameter>
              <CssParameter name="stroke-opacity">0.6</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>residents_5</Name>
          <Title>more than 100 residents</Title>
          <ogc:Filter>
            <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>residents</ogc:PropertyName><ogc:Literal>101</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#bd0026</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#7f7f7f</CssParameter>
              <CssParameter name="stroke-width">0.3</CssParameter>
              <CssParameter name="stroke-opacity">0.6</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>none</Name>
          <Title>No residents</Title>
          <ElseFilter/>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#e0e0e0</CssParameter>
            </Fill>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
