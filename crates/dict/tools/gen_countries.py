#!/usr/bin/env python3
"""Writes data/dyad/countries.dict from the table below (written for dyad:
name variants, adjectives/demonyms, capital). Every CAMEO country and region
code has an entry; tests check that. Usage:
    python3 crates/dict/tools/gen_countries.py > crates/dict/data/dyad/countries.dict
"""
# CODE | names (first is primary) | adjectives and demonyms | capitals (metonyms for GOV)
# Brussels is no capital here: as an actor it is the European Union (organizations.dict).
TABLE = """
AFG|Afghanistan|Afghan;Afghans|Kabul
ALA|Aland Islands;Åland Islands;Aland|Alandic|Mariehamn
ALB|Albania|Albanian;Albanians|Tirana
DZA|Algeria|Algerian;Algerians|Algiers
ASM|American Samoa|American Samoan|Pago Pago
AND|Andorra|Andorran;Andorrans|Andorra la Vella
AGO|Angola|Angolan;Angolans|Luanda
AIA|Anguilla|Anguillan|
ATG|Antigua and Barbuda;Antigua|Antiguan;Antiguans|
ARG|Argentina|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
ARM|Armenia;Republic of Armenia|Armenian;Armenians|Yerevan
ABW|Aruba|Aruban|
AUS|Australia;Commonwealth of Australia|Australian;Australians|Canberra
AUT|Austria|Austrian;Austrians|Vienna
AZE|Azerbaijan;Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BHS|Bahamas;The Bahamas|Bahamian;Bahamians|Nassau
BHR|Bahrain;Kingdom of Bahrain|Bahraini;Bahrainis|Manama
BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BRB|Barbados|Barbadian;Barbadians|Bridgetown
BLR|Belarus;Byelorussia|Belarusian;Belarusians;Belarussian|Minsk
BEL|Belgium|Belgian;Belgians|
BLZ|Belize|Belizean;Belizeans|Belmopan
BEN|Benin|Beninese|Porto-Novo
BMU|Bermuda|Bermudian|Hamilton
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian;Bolivians|La Paz;Sucre
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BWA|Botswana|Botswanan;Batswana;Motswana|Gaborone
BRA|Brazil|Brazilian;Brazilians|Brasilia;Brasília
VGB|British Virgin Islands|British Virgin Islander|Road Town
BRN|Brunei;Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|Burkina Faso|Burkinabe;Burkinabè|Ouagadougou
BDI|Burundi|Burundian;Burundians|Gitega
KHM|Cambodia|Cambodian;Cambodians;Khmer|Phnom Penh
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CAN|Canada|Canadian;Canadians|Ottawa
CPV|Cape Verde;Cabo Verde|Cape Verdean;Cape Verdeans|Praia
CYM|Cayman Islands|Caymanian|George Town
CAF|Central African Republic|Central African;Central Africans|Bangui
TCD|Chad|Chadian;Chadians|N'Djamena
CHL|Chile|Chilean;Chileans|Santiago
CHN|China;People's Republic of China;PRC|Chinese|Beijing
COL|Colombia|Colombian;Colombians|Bogota;Bogotá
COM|Comoros|Comorian;Comorians|Moroni
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Congo|Congolese|Kinshasa
COG|Republic of the Congo;Republic of Congo;Congo-Brazzaville||Brazzaville
COK|Cook Islands|Cook Islander|Avarua
CRI|Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
CIV|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro
HRV|Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CUB|Cuba|Cuban;Cubans|Havana
CYP|Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czech Republic;Czechia|Czech;Czechs|Prague
DNK|Denmark|Danish;Dane;Danes|Copenhagen
DJI|Djibouti|Djiboutian;Djiboutians|
DMA|Dominica|Dominican|Roseau
DOM|Dominican Republic||Santo Domingo
TMP|East Timor;Timor-Leste|East Timorese;Timorese|Dili
ECU|Ecuador|Ecuadorian;Ecuadorians;Ecuadorean|Quito
EGY|Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador|Salvadoran;Salvadorans;Salvadorean|San Salvador
GNQ|Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo
ERI|Eritrea|Eritrean;Eritreans|Asmara
EST|Estonia|Estonian;Estonians|Tallinn
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FRO|Faroe Islands;Faeroe Islands|Faroese|Torshavn;Tórshavn
FLK|Falkland Islands;Falklands;Malvinas|Falkland Islander;Falkland Islanders|Stanley
FJI|Fiji|Fijian;Fijians|Suva
FIN|Finland|Finnish;Finn;Finns|Helsinki
FRA|France;French Republic|French;Frenchman;Frenchmen|Paris;Elysee;Elysee Palace
GUF|French Guiana|French Guianese|Cayenne
PYF|French Polynesia|French Polynesian|Papeete
GAB|Gabon|Gabonese|Libreville
GMB|Gambia;The Gambia|Gambian;Gambians|Banjul
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany;Federal Republic of Germany|German;Germans|Berlin
GHA|Ghana|Ghanaian;Ghanaians|Accra
GIB|Gibraltar|Gibraltarian;Gibraltarians|
GRC|Greece;Hellenic Republic|Greek;Greeks|Athens
GRL|Greenland|Greenlandic;Greenlander;Greenlanders|Nuuk
GRD|Grenada|Grenadian;Grenadians|St. George's
GLP|Guadeloupe|Guadeloupean|Basse-Terre
GUM|Guam|Guamanian;Chamorro|Hagatna;Hagåtña
GTM|Guatemala|Guatemalan;Guatemalans|Guatemala City
GIN|Guinea;Guinea-Conakry|Guinean;Guineans|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana|Guyanese|Georgetown
HTI|Haiti|Haitian;Haitians|Port-au-Prince
VAT|Vatican City;Vatican;Holy See|Vatican|
HND|Honduras|Honduran;Hondurans|Tegucigalpa
HKG|Hong Kong|Hong Konger;Hong Kongers|
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
IND|India;Republic of India|Indian;Indians|New Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran;Islamic Republic of Iran|Iranian;Iranians|Tehran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland;Republic of Ireland;Eire|Irish;Irishman|Dublin
IMY|Isle of Man|Manx|Douglas
ISR|Israel;State of Israel|Israeli;Israelis|Jerusalem
ITA|Italy|Italian;Italians|Rome
JAM|Jamaica|Jamaican;Jamaicans|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan;Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana
KEN|Kenya|Kenyan;Kenyans|Nairobi
KIR|Kiribati|I-Kiribati|Tarawa
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea;ROK|South Korean;South Koreans|Seoul
KSV|Kosovo;Republic of Kosovo|Kosovar;Kosovars;Kosovan|Pristina;Prishtina
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz;Kyrgyzstani|Bishkek
LAO|Laos;Lao People's Democratic Republic|Lao;Laotian;Laotians|Vientiane
LVA|Latvia|Latvian;Latvians|Riga
LBN|Lebanon|Lebanese|Beirut
LSO|Lesotho|Basotho;Mosotho|Maseru
LBR|Liberia|Liberian;Liberians|Monrovia
LBY|Libya|Libyan;Libyans|Tripoli
LIE|Liechtenstein|Liechtensteiner|Vaduz
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg|Luxembourger;Luxembourgers;Luxembourgish|
MAC|Macao;Macau|Macanese|
MKD|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian;Malawians|Lilongwe
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur;Putrajaya
MDV|Maldives|Maldivian;Maldivians|Male;Malé
MLI|Mali|Malian;Malians|Bamako
MLT|Malta|Maltese|Valletta
MHL|Marshall Islands|Marshallese|Majuro
MTQ|Martinique|Martinican|Fort-de-France
MRT|Mauritania|Mauritanian;Mauritanians|Nouakchott
MUS|Mauritius|Mauritian;Mauritians|Port Louis
MYT|Mayotte|Mahoran|Mamoudzou
MEX|Mexico|Mexican;Mexicans|Mexico City
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
MDA|Moldova|Moldovan;Moldovans|Chisinau;Chișinău
MCO|Monaco|Monegasque|
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
MTN|Montenegro|Montenegrin;Montenegrins|Podgorica
MSR|Montserrat|Montserratian|Brades
MAR|Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique|Mozambican;Mozambicans|Maputo
MMR|Myanmar;Burma|Burmese;Myanmarese|Naypyidaw;Nay Pyi Taw
NAM|Namibia|Namibian;Namibians|Windhoek
NRU|Nauru|Nauruan|
NPL|Nepal|Nepali;Nepalese|Kathmandu
NLD|Netherlands;The Netherlands;Holland|Dutch;Dutchman|Amsterdam;The Hague
ANT|Netherlands Antilles|Antillean|Willemstad
NCL|New Caledonia|New Caledonian|Noumea;Nouméa
NZL|New Zealand|New Zealander;New Zealanders;Kiwi|Wellington
NIC|Nicaragua|Nicaraguan;Nicaraguans|Managua
NER|Niger|Nigerien;Nigeriens|Niamey
NGA|Nigeria|Nigerian;Nigerians|Abuja
NIU|Niue|Niuean|Alofi
NFK|Norfolk Island|Norfolk Islander|Kingston
MNP|Northern Mariana Islands|Northern Mariana Islander|Saipan
NOR|Norway|Norwegian;Norwegians|Oslo
PSE|Palestine;Palestinian territories;Occupied Palestinian Territory;State of Palestine|Palestinian;Palestinians|Ramallah
OMN|Oman|Omani;Omanis|Muscat
PAK|Pakistan|Pakistani;Pakistanis|Islamabad
PLW|Palau|Palauan|Ngerulmud
PAN|Panama|Panamanian;Panamanians|Panama City
PNG|Papua New Guinea|Papua New Guinean;Papua New Guineans|Port Moresby
PRY|Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
PER|Peru|Peruvian;Peruvians|Lima
PHL|Philippines|Philippine;Filipino;Filipinos|Manila
PCN|Pitcairn;Pitcairn Islands|Pitcairn Islander|Adamstown
POL|Poland|Polish;Pole;Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
PRI|Puerto Rico|Puerto Rican;Puerto Ricans|San Juan
QAT|Qatar|Qatari;Qataris|Doha
REU|Reunion;Réunion|Reunionese|Saint-Denis
ROM|Romania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation|Russian;Russians|Moscow;Kremlin
RWA|Rwanda|Rwandan;Rwandans|Kigali
SHN|Saint Helena;St Helena|Saint Helenian|Jamestown
KNA|Saint Kitts and Nevis;Saint Kitts-Nevis;St Kitts and Nevis|Kittitian;Nevisian|Basseterre
LCA|Saint Lucia;St Lucia|Saint Lucian|Castries
SPM|Saint Pierre and Miquelon||Saint-Pierre
VCT|Saint Vincent and the Grenadines;St Vincent|Vincentian|Kingstown
WSM|Samoa|Samoan;Samoans|Apia
SMR|San Marino|Sammarinese|
STP|Sao Tome and Principe;São Tomé and Príncipe|Santomean|
SAU|Saudi Arabia;Kingdom of Saudi Arabia|Saudi;Saudis;Saudi Arabian|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia|Serbian;Serb;Serbs|Belgrade
SYC|Seychelles|Seychellois|Victoria
SLE|Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
SGP|Singapore|Singaporean;Singaporeans|
SVK|Slovakia;Slovak Republic|Slovak;Slovaks|Bratislava
SVN|Slovenia|Slovenian;Slovene;Slovenians;Slovenes|Ljubljana
SLB|Solomon Islands|Solomon Islander;Solomon Islanders|Honiara
SOM|Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa|South African;South Africans|Pretoria
ESP|Spain|Spanish;Spaniard;Spaniards|Madrid
LKA|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
SDN|Sudan|Sudanese|Khartoum
SUR|Suriname|Surinamese|Paramaribo
SJM|Svalbard and Jan Mayen;Svalbard||Longyearbyen
SWZ|Eswatini;Swaziland|Swazi;Swazis|Mbabane
SWE|Sweden|Swedish;Swede;Swedes|Stockholm
CHE|Switzerland|Swiss|Bern
SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
TWN|Taiwan;Republic of China|Taiwanese|Taipei
TJK|Tajikistan|Tajik;Tajiks;Tajikistani|Dushanbe
TZA|Tanzania|Tanzanian;Tanzanians|Dodoma
THA|Thailand|Thai|Bangkok
TGO|Togo|Togolese|Lome;Lomé
TKL|Tokelau|Tokelauan|
TON|Tonga|Tongan;Tongans|Nuku'alofa
TTO|Trinidad and Tobago;Trinidad|Trinidadian;Tobagonian|Port of Spain
TUN|Tunisia|Tunisian;Tunisians|Tunis
TUR|Turkey;Türkiye|Turkish;Turk;Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
TCA|Turks and Caicos Islands|Turks and Caicos Islander|Cockburn Town
TUV|Tuvalu|Tuvaluan|Funafuti
UGA|Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates;UAE;U.A.E.|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom;Britain;Great Britain;UK;U.K.|British;Briton;Britons|London;Downing Street
USA|United States;United States of America;USA;US;U.S.;U.S.A.;America|American;Americans|Washington;White House;Pentagon
VIR|United States Virgin Islands;US Virgin Islands|Virgin Islander|Charlotte Amalie
URY|Uruguay|Uruguayan;Uruguayans|Montevideo
UZB|Uzbekistan|Uzbek;Uzbeks;Uzbekistani|Tashkent
VUT|Vanuatu|Ni-Vanuatu|Port Vila
VEN|Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
WLF|Wallis and Futuna||Mata-Utu
ESH|Western Sahara|Sahrawi;Sahrawis|
YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
SSD|South Sudan|South Sudanese|Juba
PSE|West Bank||
BAG|Baghdad Governorate;Baghdad province||
PSE|Gaza Strip;Gaza|Gazan;Gazans|
AFR|Africa|African;Africans|
ASA|Asia|Asian;Asians|
BLK|Balkans;the Balkans|Balkan|
CRB|Caribbean;the Caribbean|Caribbean|
CAU|Caucasus;the Caucasus;South Caucasus|Caucasian|
CFR|Central Africa||
CAS|Central Asia|Central Asian|
CEU|Central Europe|Central European|
EIN|East Indies||
EAF|East Africa;Eastern Africa|East African|
EEU|Eastern Europe|Eastern European|
EUR|Europe|European;Europeans|
LAM|Latin America|Latin American;Latin Americans|
MEA|Middle East;Mideast|Middle Eastern|
MDT|Mediterranean;the Mediterranean|Mediterranean|
NAF|North Africa|North African;North Africans|
NMR|North America|North American;North Americans|
PGS|Persian Gulf;Gulf region||
SCN|Scandinavia|Scandinavian;Scandinavians|
SAM|South America|South American;South Americans|
SAS|South Asia|South Asian;South Asians|
SEA|Southeast Asia;South-East Asia|Southeast Asian|
SAF|Southern Africa||
WAF|West Africa|West African;West Africans|
WST|the West;Western countries|Western|
"""


def main():
    print("# Countries, territories and regions of the CAMEO country list, written for dyad.")
    print("# `capital` phrases stand for the government (\"Moscow said\" -> RUSGOV).")
    print("# Generated by crates/dict/tools/gen_countries.py; edit the table there.")
    for row in TABLE.strip().splitlines():
        code, names, adjs, caps = row.split("|")
        names = [n for n in names.split(";") if n]
        print()
        if names[0] == "West Bank":
            print(PALESTINE_NOTE)
        print("actor %s = %s" % (names[0], code))
        if len(names) > 1:
            print("  alias %s" % " | ".join(names[1:]))
        if adjs:
            print("  adj %s" % " | ".join(a for a in adjs.split(";") if a))
        if caps:
            print("  capital %s" % " | ".join(c for c in caps.split(";") if c))


PALESTINE_NOTE = """# The Palestinian territories are coded as Palestine, as Palestinians
# (PSE) and Hamas (PSEREBHMS) are: an event in Gaza counts under one
# country. CAMEO's region codes WSB and GZS stay readable in PETRARCH
# dictionaries."""


if __name__ == "__main__":
    main()
