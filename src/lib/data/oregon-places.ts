/**
 * Oregon cities (approximate centres) and ZIP codes mapped to their city, for "distance from"
 * without the phone's location. Offline and approximate on purpose: a city-level origin is
 * enough to sort meetings by distance. Extend freely.
 */
export interface Place {
  name: string;
  lat: number;
  lon: number;
}

export const OREGON_CITIES: readonly Place[] = [
  { name: 'Albany', lat: 44.6365, lon: -123.1059 },
  { name: 'Ashland', lat: 42.1946, lon: -122.7095 },
  { name: 'Astoria', lat: 46.1879, lon: -123.8313 },
  { name: 'Baker City', lat: 44.7749, lon: -117.8344 },
  { name: 'Beaverton', lat: 45.4871, lon: -122.8037 },
  { name: 'Bend', lat: 44.0582, lon: -121.3153 },
  { name: 'Canby', lat: 45.2629, lon: -122.6926 },
  { name: 'Central Point', lat: 42.376, lon: -122.9164 },
  { name: 'Coos Bay', lat: 43.3665, lon: -124.2179 },
  { name: 'Corvallis', lat: 44.5646, lon: -123.262 },
  { name: 'Eugene', lat: 44.0521, lon: -123.0868 },
  { name: 'Forest Grove', lat: 45.5198, lon: -123.1107 },
  { name: 'Grants Pass', lat: 42.439, lon: -123.3284 },
  { name: 'Gresham', lat: 45.4984, lon: -122.4302 },
  { name: 'Happy Valley', lat: 45.4468, lon: -122.5303 },
  { name: 'Hermiston', lat: 45.8404, lon: -119.2895 },
  { name: 'Hillsboro', lat: 45.5229, lon: -122.9898 },
  { name: 'Hood River', lat: 45.7054, lon: -121.5215 },
  { name: 'Keizer', lat: 44.9901, lon: -123.0262 },
  { name: 'Klamath Falls', lat: 42.2249, lon: -121.7817 },
  { name: 'La Grande', lat: 45.3246, lon: -118.0877 },
  { name: 'Lake Oswego', lat: 45.4207, lon: -122.6706 },
  { name: 'Lincoln City', lat: 44.9582, lon: -124.0179 },
  { name: 'McMinnville', lat: 45.2101, lon: -123.1987 },
  { name: 'Medford', lat: 42.3265, lon: -122.8756 },
  { name: 'Milwaukie', lat: 45.4462, lon: -122.6393 },
  { name: 'Newberg', lat: 45.3001, lon: -122.9732 },
  { name: 'Newport', lat: 44.6368, lon: -124.0535 },
  { name: 'Ontario', lat: 44.0266, lon: -116.9629 },
  { name: 'Oregon City', lat: 45.3573, lon: -122.6068 },
  { name: 'Pendleton', lat: 45.6721, lon: -118.7886 },
  { name: 'Portland', lat: 45.5152, lon: -122.6784 },
  { name: 'Prineville', lat: 44.2999, lon: -120.8345 },
  { name: 'Redmond', lat: 44.2726, lon: -121.1739 },
  { name: 'Roseburg', lat: 43.2165, lon: -123.3417 },
  { name: 'Salem', lat: 44.9429, lon: -123.0351 },
  { name: 'Sandy', lat: 45.3973, lon: -122.2612 },
  { name: 'Sherwood', lat: 45.3565, lon: -122.8401 },
  { name: 'Springfield', lat: 44.0462, lon: -123.022 },
  { name: 'St. Helens', lat: 45.864, lon: -122.8065 },
  { name: 'The Dalles', lat: 45.5946, lon: -121.1787 },
  { name: 'Tigard', lat: 45.4312, lon: -122.7715 },
  { name: 'Tillamook', lat: 45.4562, lon: -123.844 },
  { name: 'Tualatin', lat: 45.384, lon: -122.764 },
  { name: 'West Linn', lat: 45.3657, lon: -122.6123 },
  { name: 'Woodburn', lat: 45.1437, lon: -122.8554 },
];

const zips = (city: string, codes: number[]) => codes.map((code) => [String(code), city] as const);

/** ZIP code -> city above. */
export const OREGON_ZIPS: ReadonlyMap<string, string> = new Map([
  ...zips(
    'Portland',
    [
      97201, 97202, 97203, 97204, 97205, 97209, 97210, 97211, 97212, 97213, 97214, 97215, 97216,
      97217, 97218, 97219, 97220, 97221, 97227, 97230, 97232, 97233, 97236, 97239, 97266,
    ],
  ),
  ...zips('Gresham', [97030, 97080]),
  ...zips('Beaverton', [97005, 97006, 97007, 97008]),
  ...zips('Hillsboro', [97123, 97124]),
  ...zips('Tigard', [97223, 97224]),
  ...zips('Lake Oswego', [97034, 97035]),
  ...zips('Milwaukie', [97222, 97267]),
  ...zips('Oregon City', [97045]),
  ...zips('Salem', [97301, 97302, 97304, 97305, 97306]),
  ...zips('Keizer', [97303]),
  ...zips('Eugene', [97401, 97402, 97403, 97404, 97405]),
  ...zips('Springfield', [97477, 97478]),
  ...zips('Corvallis', [97330, 97331, 97333]),
  ...zips('Albany', [97321, 97322]),
  ...zips('Bend', [97701, 97702, 97703]),
  ...zips('Redmond', [97756]),
  ...zips('Medford', [97501, 97504]),
  ...zips('Ashland', [97520]),
  ...zips('Grants Pass', [97526, 97527]),
  ...zips('Roseburg', [97470, 97471]),
  ...zips('Klamath Falls', [97601, 97603]),
  ...zips('Woodburn', [97071]),
  ...zips('McMinnville', [97128]),
  ...zips('Newberg', [97132]),
  ...zips('Astoria', [97103]),
  ...zips('Coos Bay', [97420]),
  ...zips('Pendleton', [97801]),
  ...zips('Hermiston', [97838]),
  ...zips('La Grande', [97850]),
  ...zips('Ontario', [97914]),
  ...zips('The Dalles', [97058]),
  ...zips('Hood River', [97031]),
  ...zips('Newport', [97365]),
]);

/** A city by name, or by ZIP code. */
export function findPlace(query: string): Place | undefined {
  const trimmed = query.trim();
  const city = OREGON_ZIPS.get(trimmed) ?? trimmed;
  return OREGON_CITIES.find((place) => place.name.toLowerCase() === city.toLowerCase());
}
