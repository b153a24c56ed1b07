/** Issue 16, class 12: an article in another script carries the right `lang`. */
import { describe, expect, it } from "vitest";
import { scriptLanguage } from "../../src/lib/seed/language.ts";

describe("scriptLanguage", () => {
  it.each([
    ["الجمارك تضبط شحنة من العاج في ميناء مومباسا", "ar"],
    ["Таможня изъяла партию слоновой кости в порту", "ru"],
    ["Митниця вилучила партію слонової кістки в порту Одеси", "uk"],
    ["Царина је запленила пошиљку слоноваче у луци", "sr"],
    ["海关在蒙巴萨港查获一批象牙", "zh"],
    ["税関はモンバサ港で象牙の積荷を押収した", "ja"],
    ["세관은 몸바사 항구에서 상아 화물을 압수했다", "ko"],
    ["Το τελωνείο κατέσχεσε φορτίο ελεφαντόδοντου", "el"],
  ])("%j is %s", (text, lang) => {
    expect(scriptLanguage(text)).toBe(lang);
  });

  it.each([
    "Customs seize ivory in Mombasa",
    "Douane : saisie d'ivoire à Mombasa, près de la côte",
    "Aduana de Perú incauta marfil",
    "WCO and the Организация: a mostly English headline with one Russian word in it",
    "",
  ])("leaves %j to the site's English", (text) => {
    expect(scriptLanguage(text)).toBeUndefined();
  });
});
