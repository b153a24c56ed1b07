/**
 * Names of countries, territories and world regions, lower-cased, by their last word.
 *
 * Used only to recognise a lost possessive ("Cambodias" → "Cambodia's"), never to tag articles.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  `afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan
  bahrain bangladesh barbuda belgium belize benin bhutan bolivia bosnia herzegovina botswana brazil
  brunei bulgaria burkina faso burundi cabo verde cambodia cameroon canada chad chile china colombia
  congo rica croatia cuba czechia denmark djibouti dominica ecuador egypt salvador eritrea estonia
  eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
  guinea bissau guyana haiti hungary iceland india indonesia iran iraq ireland israel italy ivoire
  jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan lebanon lesotho
  liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia mali malta mauritania
  mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
  zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama papua paraguay
  peru poland portugal qatar romania russia rwanda kitts lucia grenadines samoa marino principe arabia
  senegal serbia leone singapore slovakia slovenia somalia africa sudan spain lanka suriname sweden
  switzerland syria taiwan tajikistan tanzania thailand timor togo tonga tobago tunisia turkiye turkey
  turkmenistan tuvalu uganda ukraine kingdom uruguay uzbekistan vanuatu venezuela vietnam viet nam
  yemen zambia zimbabwe hong kong macao macau asia europe america oceania caribbean mena sadc asean
  balkans sahel maghreb pacific`.split(/\s+/u),
);
