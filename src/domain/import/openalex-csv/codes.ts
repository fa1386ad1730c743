/**
 * Code tables for OpenAlex: ISO 3166-1 alpha-2 country codes (authorships.countries) and ISO 639-1
 * language codes. Country names follow the canonical spellings of util/address.ts ("USA",
 * "United Kingdom", "South Korea", "Russia" ...) so that countries from OpenAlex and from Web of
 * Science or Scopus addresses count as the same country.
 */

const COUNTRY_TABLE =
  'AD Andorra|AE United Arab Emirates|AF Afghanistan|AG Antigua and Barbuda|AI Anguilla|AL Albania|AM Armenia|AO Angola|AQ Antarctica|' +
  'AR Argentina|AS American Samoa|AT Austria|AU Australia|AW Aruba|AX Aland Islands|AZ Azerbaijan|BA Bosnia and Herzegovina|BB Barbados|' +
  'BD Bangladesh|BE Belgium|BF Burkina Faso|BG Bulgaria|BH Bahrain|BI Burundi|BJ Benin|BL Saint Barthelemy|BM Bermuda|BN Brunei|BO Bolivia|' +
  'BQ Bonaire|BR Brazil|BS Bahamas|BT Bhutan|BW Botswana|BY Belarus|BZ Belize|CA Canada|CC Cocos Islands|CD Democratic Republic of the Congo|' +
  'CF Central African Republic|CG Congo|CH Switzerland|CI Cote d\'Ivoire|CK Cook Islands|CL Chile|CM Cameroon|CN China|CO Colombia|' +
  'CR Costa Rica|CU Cuba|CV Cape Verde|CW Curacao|CX Christmas Island|CY Cyprus|CZ Czech Republic|DE Germany|DJ Djibouti|DK Denmark|' +
  'DM Dominica|DO Dominican Republic|DZ Algeria|EC Ecuador|EE Estonia|EG Egypt|EH Western Sahara|ER Eritrea|ES Spain|ET Ethiopia|FI Finland|' +
  'FJ Fiji|FK Falkland Islands|FM Micronesia|FO Faroe Islands|FR France|GA Gabon|GB United Kingdom|GD Grenada|GE Georgia|GF French Guiana|' +
  'GG Guernsey|GH Ghana|GI Gibraltar|GL Greenland|GM Gambia|GN Guinea|GP Guadeloupe|GQ Equatorial Guinea|GR Greece|GT Guatemala|GU Guam|' +
  'GW Guinea-Bissau|GY Guyana|HK Hong Kong|HN Honduras|HR Croatia|HT Haiti|HU Hungary|ID Indonesia|IE Ireland|IL Israel|IM Isle of Man|' +
  'IN India|IQ Iraq|IR Iran|IS Iceland|IT Italy|JE Jersey|JM Jamaica|JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan|KH Cambodia|KI Kiribati|' +
  'KM Comoros|KN Saint Kitts and Nevis|KP North Korea|KR South Korea|KW Kuwait|KY Cayman Islands|KZ Kazakhstan|LA Laos|LB Lebanon|' +
  'LC Saint Lucia|LI Liechtenstein|LK Sri Lanka|LR Liberia|LS Lesotho|LT Lithuania|LU Luxembourg|LV Latvia|LY Libya|MA Morocco|MC Monaco|' +
  'MD Moldova|ME Montenegro|MG Madagascar|MH Marshall Islands|MK North Macedonia|ML Mali|MM Myanmar|MN Mongolia|MO Macau|MQ Martinique|' +
  'MR Mauritania|MS Montserrat|MT Malta|MU Mauritius|MV Maldives|MW Malawi|MX Mexico|MY Malaysia|MZ Mozambique|NA Namibia|NC New Caledonia|' +
  'NE Niger|NF Norfolk Island|NG Nigeria|NI Nicaragua|NL Netherlands|NO Norway|NP Nepal|NR Nauru|NU Niue|NZ New Zealand|OM Oman|PA Panama|' +
  'PE Peru|PF French Polynesia|PG Papua New Guinea|PH Philippines|PK Pakistan|PL Poland|PM Saint Pierre and Miquelon|PR Puerto Rico|' +
  'PS Palestine|PT Portugal|PW Palau|PY Paraguay|QA Qatar|RE Reunion|RO Romania|RS Serbia|RU Russia|RW Rwanda|SA Saudi Arabia|' +
  'SB Solomon Islands|SC Seychelles|SD Sudan|SE Sweden|SG Singapore|SH Saint Helena|SI Slovenia|SK Slovakia|SL Sierra Leone|SM San Marino|' +
  'SN Senegal|SO Somalia|SR Suriname|SS South Sudan|ST Sao Tome and Principe|SV El Salvador|SX Sint Maarten|SY Syria|SZ Eswatini|' +
  'TC Turks and Caicos Islands|TD Chad|TG Togo|TH Thailand|TJ Tajikistan|TK Tokelau|TL Timor-Leste|TM Turkmenistan|TN Tunisia|TO Tonga|' +
  'TR Turkey|TT Trinidad and Tobago|TV Tuvalu|TW Taiwan|TZ Tanzania|UA Ukraine|UG Uganda|US USA|UY Uruguay|UZ Uzbekistan|VA Vatican City|' +
  'VC Saint Vincent and the Grenadines|VE Venezuela|VG British Virgin Islands|VI US Virgin Islands|VN Vietnam|VU Vanuatu|WF Wallis and Futuna|' +
  'WS Samoa|XK Kosovo|YE Yemen|YT Mayotte|ZA South Africa|ZM Zambia|ZW Zimbabwe';

const COUNTRIES = new Map<string, string>();
for (const entry of COUNTRY_TABLE.split('|')) COUNTRIES.set(entry.slice(0, 2), entry.slice(3));
// Codes some sources use instead of the ISO ones.
COUNTRIES.set('UK', 'United Kingdom');
COUNTRIES.set('EL', 'Greece');

/** Canonical country name for an ISO 3166-1 alpha-2 code ("us", "GB"), or undefined when unknown. */
export const countryFromIso2 = (code: string): string | undefined => COUNTRIES.get(code.trim().toUpperCase());

const LANGUAGES: Record<string, string> = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', ru: 'Russian', zh: 'Chinese',
  ja: 'Japanese', ko: 'Korean', nl: 'Dutch', pl: 'Polish', tr: 'Turkish', cs: 'Czech', hu: 'Hungarian', sv: 'Swedish',
  da: 'Danish', no: 'Norwegian', nb: 'Norwegian', nn: 'Norwegian', fi: 'Finnish', el: 'Greek', he: 'Hebrew', ar: 'Arabic',
  fa: 'Persian', hr: 'Croatian', sr: 'Serbian', sl: 'Slovenian', sk: 'Slovak', uk: 'Ukrainian', ro: 'Romanian', bg: 'Bulgarian',
  lt: 'Lithuanian', lv: 'Latvian', et: 'Estonian', is: 'Icelandic', id: 'Indonesian', ms: 'Malay', th: 'Thai', vi: 'Vietnamese',
  af: 'Afrikaans', ca: 'Catalan', la: 'Latin', eu: 'Basque', gl: 'Galician', hi: 'Hindi', bn: 'Bengali', ur: 'Urdu', ta: 'Tamil',
};

/** "en" -> "English" (as Web of Science and Scopus write languages); unknown codes are returned as written. */
export const languageFromIso639 = (code: string): string => LANGUAGES[code.trim().toLowerCase()] ?? code.trim();
