<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>energy_certificates</Name>
    <UserStyle>
      <Name>energy_certificates</Name>
      <Title>Energy certificates by class</Title>
      <Abstract>Energy performance certificates coloured by energy class on the EU scale, from A4 (dark green) to G (red).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>a4</Name>
          <Title>Class A4</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>A4</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#00753a</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>a3</Name>
          <Title>Class A3</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>A3</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#009a44</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>a2</Name>
          <Title>Class A2</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>A2</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#3aaa35</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>a1</Name>
          <Title>Class A1</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>A1</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#79b928</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>b</Name>
          <Title>Class B</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>B</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#b5cf21</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>c</Name>
          <Title>Class C</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>C</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#e2dd10</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>d</Name>
          <Title>Class D</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>D</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#fff000</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>e</Name>
          <Title>Class E</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>E</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#fbb900</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>f</Name>
          <Title>Class F</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>F</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#f07d00</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>g</Name>
          <Title>Class G</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>energy_class</ogc:PropertyName><ogc:Literal>G</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#e30613</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>unknown</Name>
          <Title>Class unknown</Title>
          <ElseFilter/>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#bdbdbd</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#333333</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>9</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
