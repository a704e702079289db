// Small hand-written word lists for typing proper-name runs. General news vocabulary only.

/** Titles and roles that precede a person's name ("Foreign Minister Cho Tae-yul"). */
export const ROLE_WORDS = new Set(
  `president vice prime minister ministers secretary chancellor chief general director mayor governor senator
  councillor councilor spokesperson spokesman spokeswoman ambassador king queen prince princess pope judge justice
  officer commander head mr mrs ms miss dr prof professor sir lord lady dame captain colonel major lieutenant sergeant
  detective inspector constable superintendent master chairman chairwoman chair ceo founder coach manager leader
  minister's sheriff deputy rep representative premier emperor sheikh archbishop bishop rev reverend father sister
  defector serviceman soldier private corporal admiral marshal commissioner attorney prosecutor editor correspondent
  harbourmaster`.split(/\s+/),
);

/** Words marking an organisation name. */
export const ORG_WORDS = new Set(
  `agency ministry service services staff council committee bureau press news company corporation corp inc ltd llc plc
  group university college party police army forces force navy union association department office bank institute
  commission court parliament government authority federation organization organisation assembly congress senate
  times post journal herald gazette tribune network radio tv television fm club school foundation fund intelligence
  guard guards brigade battalion command hospital church airlines airways railway railways council's board trust
  society alliance coalition front movement centre center clinic laboratories labs systems technologies media
  broadcasting channel magazine daily weekly review reuters yonhap nato un eu`.split(/\s+/),
);

/** Words marking a place name ("Kursk Oblast", "Kursk region"). Lower-case forms may follow a name. */
export const PLACE_WORDS = new Set(
  `oblast region province county state city town village island islands river lake mountain mountains bay gulf sea
  ocean street road avenue square district krai republic peninsula valley coast harbour harbor port airport station
  bridge park strait desert territory territories borough parish canton prefecture quay pier wharf
  dock docks beach cliff hill heights estate lane`.split(/\s+/),
);

/** Place-words that may follow a name in lower case: "the Kursk region". */
export const LOWER_PLACE_SUFFIX = new Set([
  'region',
  'province',
  'oblast',
  'district',
  'county',
  'city',
  'area',
]);

/** Countries, regions and capitals often in the news, for typing single-word names as places. */
export const PLACES = new Set(
  `afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
  bolivia bosnia brazil bulgaria burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus
  czechia denmark ecuador egypt england eritrea estonia ethiopia europe africa asia america finland france gaza georgia
  germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
  japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg
  madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal
  netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal
  qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden
  switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
  venezuela vietnam wales yemen zambia zimbabwe britain kyiv kiev moscow seoul pyongyang beijing tokyo washington
  london paris berlin rome madrid brussels warsaw minsk tehran baghdad damascus kabul delhi mumbai cairo ankara
  istanbul jerusalem riyadh dubai sydney toronto ottawa chicago boston california texas florida york angeles kursk
  crimea donbas donetsk luhansk kharkiv odesa sudzha belgorod siberia caucasus balkans`.split(/\s+/),
);

/** Capitalised words that start sentences or headlines but are not names. */
export const NOT_NAMES = new Set(
  `the a an in on at of for from to by with as and but or if when while after before during since until this that these
  those there here it its he she they we i you his her their our my your however meanwhile according although though
  also still yet so then thus last next first second third one two three four five several many some most all each
  both either neither no not monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december today yesterday tomorrow earlier later following despite
  under over about among between around through into onto upon within without against toward towards near ms mr
  mrs dr breaking update updated photo image video read more related share`.split(/\s+/),
);
