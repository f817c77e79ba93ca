// Reference data for generated heavy-haul leads: where the freight is, and what real rows look like.
// Weights follow where oversize loads move (energy, construction, ports, agriculture), not population alone.
export type StateMarket = { code: string; weight: number; areaCodes: string[]; cities: [string, string][] };

// biome-ignore format: a data table reads better one entry per line
export const markets: StateMarket[] = [
  { code: 'TX', weight: 16, areaCodes: ['713', '281', '214', '512', '210', '432', '915', '361'], cities: [['Houston', '770'], ['Dallas', '752'], ['Midland', '797'], ['San Antonio', '782'], ['Odessa', '797'], ['El Paso', '799'], ['Corpus Christi', '784']] },
  { code: 'CA', weight: 8, areaCodes: ['213', '559', '661', '909', '916'], cities: [['Bakersfield', '933'], ['Fresno', '937'], ['Ontario', '917'], ['Sacramento', '958'], ['Long Beach', '908']] },
  { code: 'LA', weight: 6, areaCodes: ['504', '225', '337', '318'], cities: [['Baton Rouge', '708'], ['Lake Charles', '706'], ['Lafayette', '705'], ['Shreveport', '711']] },
  { code: 'OK', weight: 6, areaCodes: ['405', '918', '580'], cities: [['Oklahoma City', '731'], ['Tulsa', '741'], ['Enid', '737']] },
  { code: 'FL', weight: 5, areaCodes: ['904', '813', '407', '850'], cities: [['Jacksonville', '322'], ['Tampa', '336'], ['Orlando', '328'], ['Pensacola', '325']] },
  { code: 'PA', weight: 5, areaCodes: ['412', '215', '717', '570'], cities: [['Pittsburgh', '152'], ['Harrisburg', '171'], ['Williamsport', '177'], ['Philadelphia', '191']] },
  { code: 'OH', weight: 4, areaCodes: ['614', '216', '419', '740'], cities: [['Columbus', '432'], ['Cleveland', '441'], ['Toledo', '436'], ['Zanesville', '437']] },
  { code: 'IL', weight: 4, areaCodes: ['312', '309', '217', '815'], cities: [['Chicago', '606'], ['Peoria', '616'], ['Springfield', '627'], ['Joliet', '604']] },
  { code: 'GA', weight: 3, areaCodes: ['404', '912', '478'], cities: [['Atlanta', '303'], ['Savannah', '314'], ['Macon', '312']] },
  { code: 'ND', weight: 3, areaCodes: ['701'], cities: [['Williston', '588'], ['Bismarck', '585'], ['Fargo', '581']] },
  { code: 'CO', weight: 3, areaCodes: ['303', '970', '719'], cities: [['Denver', '802'], ['Greeley', '806'], ['Pueblo', '810']] },
  { code: 'WY', weight: 2, areaCodes: ['307'], cities: [['Casper', '826'], ['Gillette', '827'], ['Cheyenne', '820']] },
  { code: 'NM', weight: 2, areaCodes: ['505', '575'], cities: [['Albuquerque', '871'], ['Hobbs', '882'], ['Farmington', '874']] },
  { code: 'AL', weight: 2, areaCodes: ['205', '251', '256'], cities: [['Birmingham', '352'], ['Mobile', '366'], ['Huntsville', '358']] },
  { code: 'MS', weight: 2, areaCodes: ['601', '228'], cities: [['Jackson', '392'], ['Gulfport', '395']] },
  { code: 'AR', weight: 2, areaCodes: ['501', '479'], cities: [['Little Rock', '722'], ['Fort Smith', '729']] },
  { code: 'KS', weight: 2, areaCodes: ['316', '785'], cities: [['Wichita', '672'], ['Salina', '674']] },
  { code: 'IA', weight: 2, areaCodes: ['515', '319'], cities: [['Des Moines', '503'], ['Cedar Rapids', '524']] },
  { code: 'MN', weight: 2, areaCodes: ['612', '218'], cities: [['Minneapolis', '554'], ['Duluth', '558']] },
  { code: 'WA', weight: 2, areaCodes: ['206', '509', '253'], cities: [['Seattle', '981'], ['Spokane', '992'], ['Tacoma', '984']] },
  { code: 'NC', weight: 2, areaCodes: ['704', '919', '910'], cities: [['Charlotte', '282'], ['Raleigh', '276'], ['Wilmington', '284']] },
  { code: 'TN', weight: 2, areaCodes: ['615', '901', '865'], cities: [['Nashville', '372'], ['Memphis', '381'], ['Knoxville', '379']] },
  { code: 'MI', weight: 2, areaCodes: ['313', '616', '989'], cities: [['Detroit', '482'], ['Grand Rapids', '495'], ['Saginaw', '486']] },
  { code: 'IN', weight: 2, areaCodes: ['317', '219', '812'], cities: [['Indianapolis', '462'], ['Gary', '464'], ['Evansville', '477']] },
  { code: 'WV', weight: 1, areaCodes: ['304'], cities: [['Charleston', '253'], ['Morgantown', '265']] },
  { code: 'NE', weight: 1, areaCodes: ['402', '308'], cities: [['Omaha', '681'], ['North Platte', '691']] },
  { code: 'MO', weight: 1, areaCodes: ['314', '816'], cities: [['St. Louis', '631'], ['Kansas City', '641']] },
  { code: 'AZ', weight: 1, areaCodes: ['602', '520'], cities: [['Phoenix', '850'], ['Tucson', '857']] },
  { code: 'NV', weight: 1, areaCodes: ['702', '775'], cities: [['Las Vegas', '891'], ['Elko', '898']] },
  { code: 'UT', weight: 1, areaCodes: ['801', '435'], cities: [['Salt Lake City', '841'], ['Vernal', '840']] },
  { code: 'MT', weight: 1, areaCodes: ['406'], cities: [['Billings', '591'], ['Great Falls', '594']] },
  { code: 'SC', weight: 1, areaCodes: ['843', '803'], cities: [['Charleston', '294'], ['Columbia', '292']] },
  { code: 'VA', weight: 1, areaCodes: ['757', '804'], cities: [['Norfolk', '235'], ['Richmond', '232']] },
  { code: 'NY', weight: 1, areaCodes: ['518', '716'], cities: [['Albany', '122'], ['Buffalo', '142']] },
  { code: 'WI', weight: 1, areaCodes: ['414', '920'], cities: [['Milwaukee', '532'], ['Green Bay', '543']] },
  { code: 'KY', weight: 1, areaCodes: ['502', '606'], cities: [['Louisville', '402'], ['Pikeville', '415']] },
];
// biome-ignore format: a data table reads better one entry per line
export const firstNames = ['James', 'Maria', 'Robert', 'Linda', 'Michael', 'Patricia', 'William', 'Jennifer', 'David', 'Elizabeth', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Karen', 'Carlos', 'Nancy', 'Daniel', 'Lisa', 'Matthew', 'Angela', 'Anthony', 'Brenda', 'Mark', 'Amy', 'Donald', 'Rosa', 'Steven', 'Kimberly', 'Paul', 'Donna', 'Andrew', 'Michelle', 'Joshua', 'Laura', 'Kenneth', 'Sandra', 'Kevin', 'Tammy', 'Brian', 'Denise', 'Jorge', 'Rebecca', 'Travis', 'Crystal', 'Wade', 'Darlene', 'Cody', 'Heather', 'Dale', 'Tonya', 'Luis', 'Sharon', 'Ray', 'Tina', 'Hank', 'Wanda', 'Earl', 'Bobbie'];
// biome-ignore format: a data table reads better one entry per line
export const lastNames = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Boudreaux', 'Hebert', 'Kowalski', 'Schmidt', 'Olsen', 'Yazzie', 'Begay', 'Dubois', 'Castillo', 'Pruitt'];
// biome-ignore format: a data table reads better one entry per line
export const companyFirstWords = ['Lone Star', 'Bayou', 'Red River', 'Permian', 'Gulf Coast', 'Great Plains', 'Prairie', 'Cascade', 'Appalachian', 'Sooner', 'Magnolia', 'Delta', 'Big Sky', 'Frontier', 'Iron Horse', 'Pioneer', 'Summit', 'Keystone', 'Buckeye', 'Heartland', 'Pinnacle', 'Blue Ridge', 'Mesa', 'Badlands', 'Tidewater', 'Canyon', 'Granite', 'Sandhills', 'Timberline', 'Midwest', 'Coastal', 'Rio Grande', 'High Desert', 'Northern', 'Southern', 'Eagle', 'Patriot', 'Liberty', 'Titan', 'Atlas'];
// biome-ignore format: a data table reads better one entry per line
export const companyTrades = [['Excavation', 'Construction', 'excavators, dozers'], ['Crane & Rigging', 'Cranes and rigging', 'crawler cranes, lattice booms'], ['Energy Services', 'Oil and gas', 'drilling rigs, frac tanks'], ['Wind Logistics', 'Renewable energy', 'wind blades, nacelles, tower sections'], ['Power Systems', 'Utilities', 'transformers, generators'], ['Ag Equipment', 'Agriculture', 'combines, tractors, sprayers'], ['Mining Supply', 'Mining', 'haul trucks, loaders'], ['Heavy Civil', 'Infrastructure', 'bridge beams, pavers'], ['Machinery Sales', 'Equipment dealer', 'excavators, wheel loaders, graders'], ['Modular Structures', 'Manufacturing', 'modular buildings, pressure vessels'], ['Marine & Port', 'Ports', 'boats, port cranes'], ['Forestry', 'Forestry', 'feller bunchers, skidders']] as const;
// biome-ignore format: a data table reads better one entry per line
export const companySuffixes = ['LLC', 'Inc.', 'Co.', 'Group', 'Partners', 'Corp.', ''];
// biome-ignore format: a data table reads better one entry per line
export const titles = ['Fleet Manager', 'Logistics Coordinator', 'Equipment Manager', 'Project Manager', 'Owner', 'Procurement Manager', 'Operations Director', 'Shipping Supervisor', 'Superintendent', 'VP Operations', 'Dispatcher', 'Plant Manager'];
// biome-ignore format: a data table reads better one entry per line
export const sources = ['Purchased list', 'Trade show', 'Website', 'Referral', 'Cold outreach', 'Load board'];
// biome-ignore format: a data table reads better one entry per line
export const tagPool = ['oversize', 'superload', 'repeat shipper', 'trade-show', 'permits', 'escort needed', 'port'];
