/**
 * Countries and what their people are called: the name, the adjective and
 * the noun for one of them ("France", "French", "Frenchman"), so that "the
 * French" meets "France's Foreign Minister" and "the Canadians" meets
 * "Canadian Finance Minister". General knowledge, complete for the world's
 * states and the nations within the United Kingdom; capitals are left out
 * (the coach of a club named after a capital is no citizen of its country).
 */

/** One country a line: names | adjectives | nouns for one person (plural with -s unless given). */
const NATIONS = `
Afghanistan|Afghan|Afghan
Albania|Albanian|Albanian
Algeria|Algerian|Algerian
Andorra|Andorran|Andorran
Angola|Angolan|Angolan
Antigua and Barbuda,Antigua|Antiguan|Antiguan
Argentina|Argentine,Argentinian|Argentine,Argentinian
Armenia|Armenian|Armenian
Australia|Australian|Australian,Aussie
Austria|Austrian|Austrian
Azerbaijan|Azerbaijani,Azeri|Azerbaijani,Azeri
Bahamas|Bahamian|Bahamian
Bahrain|Bahraini|Bahraini
Bangladesh|Bangladeshi|Bangladeshi
Barbados|Barbadian|Barbadian
Belarus|Belarusian|Belarusian
Belgium|Belgian|Belgian
Belize|Belizean|Belizean
Benin|Beninese|Beninese
Bhutan|Bhutanese|Bhutanese
Bolivia|Bolivian|Bolivian
Bosnia and Herzegovina,Bosnia|Bosnian|Bosnian
Botswana|Botswanan,Motswana|Botswanan,Motswana,Batswana
Brazil|Brazilian|Brazilian
Brunei|Bruneian|Bruneian
Bulgaria|Bulgarian|Bulgarian
Burkina Faso|Burkinabe|Burkinabe
Burundi|Burundian|Burundian
Cambodia|Cambodian|Cambodian
Cameroon|Cameroonian|Cameroonian
Canada|Canadian|Canadian
Cape Verde,Cabo Verde|Cape Verdean|Cape Verdean
Central African Republic|Central African|Central African
Chad|Chadian|Chadian
Chile|Chilean|Chilean
China,People's Republic of China,PRC|Chinese|Chinese
Colombia|Colombian|Colombian
Comoros|Comoran,Comorian|Comoran,Comorian
Congo,Democratic Republic of Congo,DR Congo,DRC|Congolese|Congolese
Costa Rica|Costa Rican|Costa Rican
Ivory Coast,Cote d'Ivoire|Ivorian|Ivorian
Croatia|Croatian,Croat|Croatian,Croat
Cuba|Cuban|Cuban
Cyprus|Cypriot|Cypriot
Czech Republic,Czechia|Czech|Czech
Denmark|Danish|Dane
Djibouti|Djiboutian|Djiboutian
Dominica|Dominican|Dominican
Dominican Republic|Dominican|Dominican
East Timor,Timor-Leste|Timorese|Timorese
Ecuador|Ecuadorian,Ecuadorean|Ecuadorian,Ecuadorean
Egypt|Egyptian|Egyptian
El Salvador|Salvadoran,Salvadorean|Salvadoran,Salvadorean
Equatorial Guinea|Equatoguinean|Equatoguinean
Eritrea|Eritrean|Eritrean
Estonia|Estonian|Estonian
Eswatini,Swaziland|Swazi|Swazi
Ethiopia|Ethiopian|Ethiopian
Fiji|Fijian|Fijian
Finland|Finnish|Finn
France|French|Frenchman,Frenchwoman,Frenchmen,Frenchwomen
Gabon|Gabonese|Gabonese
Gambia|Gambian|Gambian
Georgia|Georgian|Georgian
Germany|German|German
Ghana|Ghanaian|Ghanaian
Greece|Greek|Greek
Grenada|Grenadian|Grenadian
Guatemala|Guatemalan|Guatemalan
Guinea|Guinean|Guinean
Guinea-Bissau|Bissau-Guinean|Bissau-Guinean
Guyana|Guyanese|Guyanese
Haiti|Haitian|Haitian
Honduras|Honduran|Honduran
Hong Kong|Hong Kong|Hong Konger
Hungary|Hungarian|Hungarian
Iceland|Icelandic|Icelander
India|Indian|Indian
Indonesia|Indonesian|Indonesian
Iran|Iranian|Iranian
Iraq|Iraqi|Iraqi
Ireland,Irish Republic,Republic of Ireland,Eire|Irish|Irishman,Irishwoman,Irishmen,Irishwomen
Israel|Israeli|Israeli
Italy|Italian|Italian
Jamaica|Jamaican|Jamaican
Japan|Japanese|Japanese
Jordan|Jordanian|Jordanian
Kazakhstan|Kazakh,Kazakhstani|Kazakh,Kazakhstani
Kenya|Kenyan|Kenyan
Kiribati|I-Kiribati|I-Kiribati
Kosovo|Kosovar,Kosovan|Kosovar,Kosovan
Kuwait|Kuwaiti|Kuwaiti
Kyrgyzstan|Kyrgyz|Kyrgyz
Laos|Lao,Laotian|Lao,Laotian
Latvia|Latvian|Latvian
Lebanon|Lebanese|Lebanese
Lesotho|Basotho|Mosotho,Basotho
Liberia|Liberian|Liberian
Libya|Libyan|Libyan
Liechtenstein|Liechtenstein|Liechtensteiner
Lithuania|Lithuanian|Lithuanian
Luxembourg|Luxembourgish,Luxembourg|Luxembourger
Madagascar|Malagasy|Malagasy
Malawi|Malawian|Malawian
Malaysia|Malaysian|Malaysian
Maldives|Maldivian|Maldivian
Mali|Malian|Malian
Malta|Maltese|Maltese
Marshall Islands|Marshallese|Marshallese
Mauritania|Mauritanian|Mauritanian
Mauritius|Mauritian|Mauritian
Mexico|Mexican|Mexican
Micronesia|Micronesian|Micronesian
Moldova|Moldovan|Moldovan
Monaco|Monegasque,Monacan|Monegasque,Monacan
Mongolia|Mongolian|Mongolian,Mongol
Montenegro|Montenegrin|Montenegrin
Morocco|Moroccan|Moroccan
Mozambique|Mozambican|Mozambican
Myanmar,Burma|Burmese,Myanmar|Burmese
Namibia|Namibian|Namibian
Nauru|Nauruan|Nauruan
Nepal|Nepalese,Nepali|Nepalese,Nepali
Netherlands,Holland|Dutch|Dutchman,Dutchwoman,Dutchmen,Dutchwomen
New Zealand|New Zealand|New Zealander,Kiwi
Nicaragua|Nicaraguan|Nicaraguan
Niger|Nigerien|Nigerien
Nigeria|Nigerian|Nigerian
North Korea,DPRK|North Korean|North Korean
North Macedonia,Macedonia|Macedonian|Macedonian
Norway|Norwegian|Norwegian
Oman|Omani|Omani
Pakistan|Pakistani|Pakistani
Palau|Palauan|Palauan
Palestine,Palestinian Territories|Palestinian|Palestinian
Panama|Panamanian|Panamanian
Papua New Guinea|Papua New Guinean|Papua New Guinean
Paraguay|Paraguayan|Paraguayan
Peru|Peruvian|Peruvian
Philippines|Philippine,Filipino|Filipino,Filipina
Poland|Polish|Pole
Portugal|Portuguese|Portuguese
Qatar|Qatari|Qatari
Romania|Romanian|Romanian
Russia,Russian Federation|Russian|Russian
Rwanda|Rwandan|Rwandan
Saint Kitts and Nevis|Kittitian,Nevisian|Kittitian,Nevisian
Saint Lucia|Saint Lucian|Saint Lucian
Saint Vincent and the Grenadines|Vincentian|Vincentian
Samoa|Samoan|Samoan
San Marino|Sammarinese|Sammarinese
Sao Tome and Principe|Santomean|Santomean
Saudi Arabia|Saudi,Saudi Arabian|Saudi,Saudi Arabian
Senegal|Senegalese|Senegalese
Serbia|Serbian,Serb|Serbian,Serb
Seychelles|Seychellois|Seychellois
Sierra Leone|Sierra Leonean|Sierra Leonean
Singapore|Singaporean|Singaporean
Slovakia|Slovak,Slovakian|Slovak,Slovakian
Slovenia|Slovenian,Slovene|Slovenian,Slovene
Solomon Islands|Solomon Islander|Solomon Islander
Somalia|Somali|Somali
South Africa|South African|South African
South Korea,Korea,ROK|South Korean,Korean|South Korean,Korean
South Sudan|South Sudanese|South Sudanese
Spain|Spanish|Spaniard
Sri Lanka|Sri Lankan|Sri Lankan
Sudan|Sudanese|Sudanese
Suriname|Surinamese|Surinamese,Surinamer
Sweden|Swedish|Swede
Switzerland|Swiss|Swiss
Syria|Syrian|Syrian
Taiwan|Taiwanese|Taiwanese
Tajikistan|Tajik|Tajik
Tanzania|Tanzanian|Tanzanian
Thailand|Thai|Thai
Togo|Togolese|Togolese
Tonga|Tongan|Tongan
Trinidad and Tobago,Trinidad|Trinidadian,Tobagonian|Trinidadian,Tobagonian
Tunisia|Tunisian|Tunisian
Turkey,Turkiye|Turkish|Turk
Turkmenistan|Turkmen|Turkmen
Tuvalu|Tuvaluan|Tuvaluan
Uganda|Ugandan|Ugandan
Ukraine|Ukrainian|Ukrainian
United Arab Emirates,UAE,Emirates|Emirati|Emirati
United Kingdom,UK,U.K.,Britain,Great Britain|British|Briton,Brit
England|English|Englishman,Englishwoman,Englishmen,Englishwomen
Scotland|Scottish,Scots|Scot,Scotsman,Scotswoman,Scotsmen,Scotswomen
Wales|Welsh|Welshman,Welshwoman,Welshmen,Welshwomen
Northern Ireland|Northern Irish|Northern Irishman
United States,United States of America,US,U.S.,USA,U.S.A.,America|American,US,U.S.|American
Uruguay|Uruguayan|Uruguayan
Uzbekistan|Uzbek,Uzbekistani|Uzbek,Uzbekistani
Vanuatu|Vanuatuan,Ni-Vanuatu|Ni-Vanuatu
Vatican,Holy See|Vatican|Vatican
Venezuela|Venezuelan|Venezuelan
Vietnam,Viet Nam|Vietnamese|Vietnamese
Yemen|Yemeni|Yemeni
Zambia|Zambian|Zambian
Zimbabwe|Zimbabwean|Zimbabwean
`;

/** Every way of naming one nation, lower-cased ("france", "french", "frenchman", "frenchmen"). */
export type NationForms = ReadonlySet<string>;

/** A word or phrase's plural, as a nationality noun makes it ("Canadian", "Canadians"; "Swiss", "Swiss"). */
function plural(noun: string): string {
  return /(?:s|sh|ch|ese|men|women)$/.test(noun) ? noun : `${noun}s`;
}

const BY_FORM: ReadonlyMap<string, NationForms> = (() => {
  const byForm = new Map<string, Set<string>>();
  for (const line of NATIONS.split('\n')) {
    const [names = '', adjectives = '', nouns = ''] = line.split('|');
    if (!names) continue;
    const split = (field: string): string[] => field.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
    const forms = new Set([...split(names), ...split(adjectives), ...split(nouns).flatMap((noun) => [noun, plural(noun)])]);
    for (const form of forms) {
      // A form two nations share ("Dominican", "Korean") means both: their forms are joined.
      const shared = byForm.get(form);
      if (shared) for (const other of shared) forms.add(other);
    }
    for (const form of forms) byForm.set(form, forms);
  }
  return byForm;
})();

/** The longest number of words a nation's form has ("trinidad and tobago", "saint vincent and the grenadines"). */
export const LONGEST_NATION_FORM = Math.max(...[...BY_FORM.keys()].map((form) => form.split(' ').length));

/**
 * Every form of the nation `phrase` names, whichever form it is ("the French", "Canadians",
 * "South Korea's"); null when it names none.
 *
 * @example nationForms('french') // Set { 'france', 'french', 'frenchman', 'frenchmen', ... }
 */
export function nationForms(phrase: string): NationForms | null {
  const key = phrase.toLowerCase().replace(/['’]s?$/, '').replace(/\s+/g, ' ').trim();
  return BY_FORM.get(key) ?? null;
}
