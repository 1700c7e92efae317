"""English names of the regions reporting names most ("the Kaluga region", "Kamchatka", "Hainan island") for
subdivisions that ``pycountry`` spells by their transliterated official names (Kaluzhskaya oblast',
Kamchatskiy kray, Hainan Sheng). Keyed by ISO 3166-2 code; each name is also indexed with "region" and,
for oblasts, "oblast"/"Oblast"/"province" after it."""

from __future__ import annotations

__all__ = ["GOVERNORATE_KINDS", "chinese_province", "region_aliases"]

# ISO 3166-2 code → the English base name ("Kaluga" gives "Kaluga region", "Kaluga Oblast", …)
_OBLASTS = {
    "RU-KLU": "Kaluga", "RU-KRS": "Kursk", "RU-BEL": "Belgorod", "RU-BRY": "Bryansk", "RU-ROS": "Rostov",
    "RU-VOR": "Voronezh", "RU-MUR": "Murmansk", "RU-LEN": "Leningrad", "RU-KGD": "Kaliningrad", "RU-PSK": "Pskov",
    "RU-SMO": "Smolensk", "RU-ORL": "Oryol", "RU-TAM": "Tambov", "RU-LIP": "Lipetsk", "RU-SAR": "Saratov",
    "RU-AST": "Astrakhan", "RU-VGG": "Volgograd", "RU-RYA": "Ryazan", "RU-IVA": "Ivanovo", "RU-TVE": "Tver",
    "RU-NGR": "Novgorod", "RU-ARK": "Arkhangelsk", "RU-IRK": "Irkutsk", "RU-AMU": "Amur", "RU-SAK": "Sakhalin",
    "RU-MOS": "Moscow", "RU-TUL": "Tula", "RU-ORE": "Orenburg", "RU-NIZ": "Nizhny Novgorod",
    "UA-51": "Odesa", "UA-48": "Mykolaiv", "UA-65": "Kherson", "UA-23": "Zaporizhzhia", "UA-14": "Donetsk",
    "UA-09": "Luhansk", "UA-63": "Kharkiv", "UA-59": "Sumy", "UA-74": "Chernihiv", "UA-32": "Kyiv",
    "UA-12": "Dnipropetrovsk", "UA-46": "Lviv", "UA-53": "Poltava", "UA-18": "Zhytomyr", "UA-05": "Vinnytsia",
    "UA-68": "Khmelnytskyi", "UA-56": "Rivne", "UA-07": "Volyn", "UA-61": "Ternopil", "UA-26": "Ivano-Frankivsk",
    "UA-21": "Zakarpattia", "UA-77": "Chernivtsi", "UA-71": "Cherkasy", "UA-35": "Kirovohrad",
    "BY-HR": "Grodno", "BY-BR": "Brest", "BY-HO": "Gomel", "BY-VI": "Vitebsk", "BY-MA": "Mogilev",
}
_KRAIS = {"RU-KDA": "Krasnodar", "RU-PRI": "Primorsky", "RU-KAM": "Kamchatka", "RU-KHA": "Khabarovsk",
          "RU-STA": "Stavropol", "RU-KYA": "Krasnoyarsk"}
# names used alone: a peninsula, an island
_OTHER = {"RU-KAM": ["Kamchatka", "Kamchatka Peninsula"], "CN-HI": ["Hainan", "Hainan Island", "Hainan province"],
          "RU-PRI": ["Primorye"], "RU-SAK": ["Sakhalin", "Sakhalin Island"], "CN-ZJ": ["Zhejiang province"],
          "CN-FJ": ["Fujian province"], "CN-SD": ["Shandong province"], "CN-LN": ["Liaoning province"],
          "CN-GD": ["Guangdong province"], "IN-GA": ["Goa"],
          # Belarus's Gomel region under its Belarusian spellings ("the Homiel region of southern Belarus")
          "BY-HO": ["Homiel region", "Homel region", "Homyel region", "Homiel oblast", "Homel oblast"], "IN-AR": ["Arunachal"], "FR-BRE": ["Brittany"], "FR-NOR": ["Normandy"],
          # Russia's republics by their English names
          "RU-DA": ["Dagestan", "Republic of Dagestan", "Daghestan"], "RU-CE": ["Chechnya", "Chechen Republic"],
          "RU-SA": ["Sakha Republic", "Yakutia", "Republic of Sakha"], "RU-TA": ["Tatarstan", "Republic of Tatarstan"],
          "RU-KR": ["Karelia", "Republic of Karelia"], "RU-BA": ["Bashkortostan", "Bashkiria"],
          "RU-BU": ["Buryatia", "Republic of Buryatia"], "RU-KO": ["Komi Republic"], "RU-CHU": ["Chukotka"],
          "RU-YAN": ["Yamal-Nenets", "Yamalo-Nenets Autonomous Okrug"],
          "RU-UD": ["Udmurtia", "Udmurt Republic", "Republic of Udmurtia"], "RU-MO": ["Mordovia", "Republic of Mordovia"],
          "RU-CU": ["Chuvashia", "Chuvash Republic"], "RU-SE": ["North Ossetia", "North Ossetia-Alania"],
          "RU-IN": ["Ingushetia", "Republic of Ingushetia"], "RU-KB": ["Kabardino-Balkaria"],
          "RU-KL": ["Kalmykia", "Republic of Kalmykia"],
          "RU-AD": ["Adygea", "Adygeya", "Republic of Adygea", "Republic of Adygeya"],
          "RU-KK": ["Khakassia", "Republic of Khakassia"], "RU-TY": ["Tuva", "Tyva"], "RU-ME": ["Mari El"],
          # Ukraine's oblasts as Russian-derived or older spellings write them
          "UA-23": ["Zaporizhia Oblast", "Zaporizhia region", "Zaporozhye region", "Zaporozhye Oblast"],
          # Iran's provinces by their English names: "the capital of Iran's East Azerbaijan province"
          "IR-03": ["East Azerbaijan", "East Azerbaijan province"], "IR-04": ["West Azerbaijan", "West Azerbaijan province"],
          "UA-51": ["Odessa region", "Odessa Oblast", "Odessa oblast"], "UA-48": ["Nikolaev region"],
          "UA-32": ["Kiev region", "Kiev Oblast", "Kiev oblast"],
          "UA-09": ["Lugansk region"], "UA-63": ["Kharkov region"],
          # British counties and council areas reports name alone ("a farm in Suffolk")
          "GB-FIF": ["Fife"], "GB-OXF": ["Oxfordshire"], "GB-SFK": ["Suffolk"], "GB-LIN": ["Lincolnshire"],
          "GB-CON": ["Cornwall"], "GB-MRY": ["Moray"], "GB-GLS": ["Gloucestershire"], "GB-WIL": ["Wiltshire"],
          "GB-HAM": ["Hampshire"], "GB-ELS": ["Outer Hebrides council area"],
          # other regions by their English names
          "GR-J": ["Peloponnese"], "KP-05": ["South Hwanghae Province"],
          "KP-06": ["North Hwanghae Province"], "KP-02": ["South Pyongan Province", "South Pyongan"],
          "KP-03": ["North Pyongan Province", "North Pyongan"],
          "KP-08": ["South Hamgyong Province", "South Hamgyong"], "KP-09": ["North Hamgyong Province", "North Hamgyong"],
          "GR-E": ["Thessaly"], "GR-A": ["Eastern Macedonia and Thrace"], "GR-M": ["Crete region"],
          # Myanmar's Rakhine by its older name
          "MM-16": ["Arakan State", "Arakan state", "Rakhine state"],
          # Oman's governorates by their English names (pycountry: "Z̧ufār")
          "OM-ZU": ["Dhofar", "Dhofar Governorate", "Dhofar governorate", "Dhofar province"],
          # Yemen's Hadramawt by the spellings reports give it alone ("the Hadramaut coast", "Hadramaut governor")
          "YE-HD": ["Hadramaut", "Hadhramaut", "Hadramout", "Hadhramout", "Hadramaut coast", "Hadhramaut coast"],
          # Somalia's regions by their English names (pycountry: "Shabeellaha Hoose")
          "SO-SH": ["Lower Shabelle", "Lower Shabelle region", "Lower Shabele", "Lower Shabele region"],
          "SO-SD": ["Middle Shabelle", "Middle Shabelle region", "Middle Shabele"],
          "SO-JH": ["Lower Juba", "Lower Juba region"], "SO-JD": ["Middle Juba", "Middle Juba region"],
          "SO-BN": ["Banadir", "Benadir", "Banadir region", "Benadir region"]}


# Syria's, Iraq's and Yemen's governorates by their English names (pycountry: "Ḩimş Province", "Nīnawá Governorate"); each
# also with "province", "Province", "governorate", "Governorate" after it ("Nineveh province", "Erbil governorate")
GOVERNORATE_KINDS = ("province", "Province", "governorate", "Governorate")
_GOVERNORATES = {
    "SY-HI": ["Homs"], "SY-LA": ["Latakia"], "SY-TA": ["Tartus"], "SY-HL": ["Aleppo"], "SY-HM": ["Hama"],
    "SY-ID": ["Idlib", "Idleb"],
    "SY-DY": ["Deir ez-Zor", "Deir ezzor", "Deir Ezzor", "Deir az-Zour", "Deir al-Zour", "Deir el-Zour", "Deir ez-Zour"],
    "SY-RA": ["Raqqa", "Raqa"],
    "SY-HA": ["Hasakah", "Hasaka", "Hassakeh"], "SY-DR": ["Daraa", "Deraa", "Dara'a"], "SY-SU": ["Sweida", "Suwayda"],
    "SY-QU": ["Quneitra"], "SY-RD": ["Rif Dimashq", "Damascus countryside"], "SY-DI": ["Damascus"],
    "IQ-NI": ["Nineveh", "Ninewa", "Ninawa"], "IQ-SD": ["Salahuddin", "Salah al-Din", "Saladin"],
    "IQ-AR": ["Erbil", "Arbil"], "IQ-KI": ["Kirkuk"], "IQ-SU": ["Sulaymaniyah", "Suleimaniyah"],
    "IQ-BA": ["Basra"], "IQ-DI": ["Diyala"], "IQ-BB": ["Babil", "Babylon"], "IQ-WA": ["Wasit"], "IQ-MA": ["Maysan"],
    "IQ-DQ": ["Dhi Qar"], "IQ-NA": ["Najaf"], "IQ-KA": ["Karbala"], "IQ-MU": ["Muthanna"],
    "IQ-QA": ["Qadisiyah", "Diwaniyah"], "IQ-DA": ["Dohuk", "Duhok"], "IQ-BG": ["Baghdad"],
    # Yemen's (pycountry: "Tāʻizz Governorate"; "Taiz province" was read as the city)
    "YE-SD": ["Saada"], "YE-HU": ["Hodeidah", "Hodeida"], "YE-TA": ["Taiz", "Taizz", "Ta'iz", "Ta'izz"], "YE-IB": ["Ibb"], "YE-AD": ["Aden"], "YE-LA": ["Lahij", "Lahj"],
    "YE-AB": ["Abyan"], "YE-SH": ["Shabwa", "Shabwah"], "YE-HD": ["Hadramout", "Hadramawt", "Hadhramaut", "Hadramaut"],
    "YE-MA": ["Marib", "Ma'rib"], "YE-JA": ["Al Jawf", "Al-Jawf"], "YE-BA": ["Al Bayda", "Al-Bayda"],
    "YE-DH": ["Dhamar"], "YE-HJ": ["Hajjah"], "YE-AM": ["Amran"], "YE-DA": ["Al Dhale", "Al-Dhale", "Dhale"],
    "YE-MR": ["Al Mahra", "Al-Mahra", "Mahra"]}


def region_aliases(code: str) -> list[str]:
    """The English names of subdivision ``code`` ([] when it has none listed)."""
    out = list(_OTHER.get(code, ()))
    out += [f"{base} {kind}" for base in _GOVERNORATES.get(code, ())
            for kind in GOVERNORATE_KINDS]
    if code in _OBLASTS:
        base = _OBLASTS[code]
        out += [f"{base} region", f"{base} oblast", f"{base} Oblast", f"{base} province"]
    if code in _KRAIS:
        base = _KRAIS[code]
        out += [f"{base} Krai", f"{base} krai", f"{base} region", f"{base} Territory"]
    return out


# autonomous regions by their English names; Taiwan is no province (pycountry lists "CN-TW Taiwan Sheng")
_AUTONOMOUS = {"CN-XJ": "Xinjiang", "CN-GX": "Guangxi", "CN-NX": "Ningxia", "CN-XZ": "Tibet", "CN-NM": "Inner Mongolia"}


def chinese_province(code: str, name: str) -> str | None:
    """The English name of a Chinese province or autonomous region ("Fujian" for "Fujian Sheng"), else None."""
    if code in _AUTONOMOUS:
        return _AUTONOMOUS[code]
    if code.startswith("CN-") and code not in ("CN-TW", "CN-HI") and name.endswith(" Sheng"):  # Hainan: _OTHER
        return name[:-len(" Sheng")]
    return None
