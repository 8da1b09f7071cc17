// The viewer's own texts in Italian and English (the panels add theirs).
export const STRINGS = {
  it: {
    skip_to_map: 'Vai alla mappa', search_label: 'Cerca', search_placeholder: 'Cerca un Comune o una via',
    language: 'Lingua', panels: 'Pannelli', tab_layers: 'Livelli', tab_projects: 'Progetti',
    tab_indicators: 'Indicatori', tab_scenarios: 'Scenari', map_label: 'Mappa del territorio', close: 'Chiudi',
    feature_info: 'Informazioni sugli oggetti', nothing_here: 'Nessun oggetto dei livelli visibili in questo punto.',
    unexpected: 'Errore imprevisto', catalog_unavailable: 'Il catalogo dei livelli non è disponibile',
    panel_failed: 'Il pannello {panel} non si è caricato',
    layers_intro: 'Accendi i livelli per corridoio tematico; clicca sulla mappa per le informazioni sugli oggetti.',
    base_layers: 'Livelli di base', opacity: 'Opacità', opacity_of: 'Opacità di {layer}', provenance: 'Origine',
    provenance_real: 'Dato reale', provenance_derived: 'Dato derivato', provenance_stand_in: 'Dato sostitutivo',
    'provenance_stand-in': 'Dato sostitutivo', legend_of: 'Legenda di {layer}', search: 'Ricerca', comune: 'Comune',
    street: 'via',
  },
  en: {
    skip_to_map: 'Skip to the map', search_label: 'Search', search_placeholder: 'Search a Comune or a street',
    language: 'Language', panels: 'Panels', tab_layers: 'Layers', tab_projects: 'Projects',
    tab_indicators: 'Indicators', tab_scenarios: 'Scenarios', map_label: 'Map of the territory', close: 'Close',
    feature_info: 'Feature information', nothing_here: 'No feature of the visible layers here.',
    unexpected: 'Unexpected error', catalog_unavailable: 'The layer catalog is not available',
    panel_failed: 'The {panel} panel did not load',
    layers_intro: 'Switch layers on by thematic corridor; click the map for information on the features.',
    base_layers: 'Base layers', opacity: 'Opacity', opacity_of: 'Opacity of {layer}', provenance: 'Provenance',
    provenance_real: 'Real data', provenance_derived: 'Derived data', provenance_stand_in: 'Stand-in data',
    'provenance_stand-in': 'Stand-in data', legend_of: 'Legend of {layer}', search: 'Search', comune: 'Comune',
    street: 'street',
  },
};
