package org.stemma.align.internal;

/**
 * What ICU's {@code Any-Latin; Latin-ASCII; Lower}, keeping only a-z and 0-9, makes of each Latin
 * letter of U+0080..U+024F and U+1E00..U+1EFF (Latin-1, Latin Extended-A and -B, Vietnamese). For
 * words made of these and ASCII the fold is done with this table: the transliterator costs more than
 * a hundred milliseconds to set up in a fresh JVM, and these characters fold one by one (Latin-ASCII
 * drops the marks of each decomposed letter and maps the rest character by character; Any-Latin and
 * Lower change nothing else). TokenizerShortcutsTest checks the table and whole words against ICU.
 */
final class LatinFold {
    /** Each entry: the letter, its fold (possibly empty), '|'. Generated with ICU 76.1. */
    private static final String TABLE = "ª|º|Àa|Áa|Âa|Ãa|Äa|Åa|Æae|Çc|Èe|Ée|Êe|Ëe|Ìi|Íi|Îi|Ïi|Ðd|Ñn|Òo|Óo|Ôo|Õo|Öo|Øo|Ùu|Úu|Ûu|Üu|Ýy|Þth|ßss|àa|áa|âa|ãa|äa|åa|æae|çc|èe|ée|êe|ëe|ìi|íi|îi|ïi|ðd|ñn|òo|óo|ôo|õo|öo|øo|ùu|úu|ûu|üu|ýy|þth|ÿy|Āa|āa|Ăa|ăa|Ąa|ąa|Ćc|ćc|Ĉc|ĉc|Ċc|ċc|Čc|čc|Ďd|ďd|Đd|đd|Ēe|ēe|Ĕe|ĕe|Ėe|ėe|Ęe|ęe|Ěe|ěe|Ĝg|ĝg|Ğg|ğg|Ġg|ġg|Ģg|ģg|Ĥh|ĥh|Ħh|ħh|Ĩi|ĩi|Īi|īi|Ĭi|ĭi|Įi|įi|İi|ıi|Ĳij|ĳij|Ĵj|ĵj|Ķk|ķk|ĸq|Ĺl|ĺl|Ļl|ļl|Ľl|ľl|Ŀl|ŀl|Łl|łl|Ńn|ńn|Ņn|ņn|Ňn|ňn|ŉn|Ŋn|ŋn|Ōo|ōo|Ŏo|ŏo|Őo|őo|Œoe|œoe|Ŕr|ŕr|Ŗr|ŗr|Řr|řr|Śs|śs|Ŝs|ŝs|Şs|şs|Šs|šs|Ţt|ţt|Ťt|ťt|Ŧt|ŧt|Ũu|ũu|Ūu|ūu|Ŭu|ŭu|Ůu|ůu|Űu|űu|Ųu|ųu|Ŵw|ŵw|Ŷy|ŷy|Ÿy|Źz|źz|Żz|żz|Žz|žz|ſs|ƀb|Ɓb|Ƃb|ƃb|Ƅ|ƅ|Ɔ|Ƈc|ƈc|Ɖd|Ɗd|Ƌd|ƌd|ƍ|Ǝ|Ə|Ɛe|Ƒf|ƒf|Ɠg|Ɣ|ƕhv|Ɩi|Ɨi|Ƙk|ƙk|ƚl|ƛ|Ɯ|Ɲn|ƞn|Ɵ|Ơo|ơo|Ƣoi|ƣoi|Ƥp|ƥp|Ʀ|Ƨ|ƨ|Ʃ|ƪ|ƫt|Ƭt|ƭt|Ʈt|Ưu|ưu|Ʊ|Ʋv|Ƴy|ƴy|Ƶz|ƶz|Ʒ|Ƹ|ƹ|ƺ|ƻ|Ƽ|ƽ|ƾ|ƿ|ǀ|ǁ|ǂ|ǃ|Ǆdz|ǅdz|ǆdz|Ǉlj|ǈlj|ǉlj|Ǌnj|ǋnj|ǌnj|Ǎa|ǎa|Ǐi|ǐi|Ǒo|ǒo|Ǔu|ǔu|Ǖu|ǖu|Ǘu|ǘu|Ǚu|ǚu|Ǜu|ǜu|ǝ|Ǟa|ǟa|Ǡa|ǡa|Ǣae|ǣae|Ǥg|ǥg|Ǧg|ǧg|Ǩk|ǩk|Ǫo|ǫo|Ǭo|ǭo|Ǯ|ǯ|ǰj|Ǳdz|ǲdz|ǳdz|Ǵg|ǵg|Ƕ|Ƿ|Ǹn|ǹn|Ǻa|ǻa|Ǽae|ǽae|Ǿo|ǿo|Ȁa|ȁa|Ȃa|ȃa|Ȅe|ȅe|Ȇe|ȇe|Ȉi|ȉi|Ȋi|ȋi|Ȍo|ȍo|Ȏo|ȏo|Ȑr|ȑr|Ȓr|ȓr|Ȕu|ȕu|Ȗu|ȗu|Șs|șs|Țt|țt|Ȝ|ȝ|Ȟh|ȟh|Ƞ|ȡd|Ȣ|ȣ|Ȥz|ȥz|Ȧa|ȧa|Ȩe|ȩe|Ȫo|ȫo|Ȭo|ȭo|Ȯo|ȯo|Ȱo|ȱo|Ȳy|ȳy|ȴl|ȵn|ȶt|ȷj|ȸdb|ȹqp|Ⱥa|Ȼc|ȼc|Ƚl|Ⱦt|ȿs|ɀz|Ɂ|ɂ|Ƀb|Ʉu|Ʌ|Ɇe|ɇe|Ɉj|ɉj|Ɋ|ɋ|Ɍr|ɍr|Ɏy|ɏy|Ḁa|ḁa|Ḃb|ḃb|Ḅb|ḅb|Ḇb|ḇb|Ḉc|ḉc|Ḋd|ḋd|Ḍd|ḍd|Ḏd|ḏd|Ḑd|ḑd|Ḓd|ḓd|Ḕe|ḕe|Ḗe|ḗe|Ḙe|ḙe|Ḛe|ḛe|Ḝe|ḝe|Ḟf|ḟf|Ḡg|ḡg|Ḣh|ḣh|Ḥh|ḥh|Ḧh|ḧh|Ḩh|ḩh|Ḫh|ḫh|Ḭi|ḭi|Ḯi|ḯi|Ḱk|ḱk|Ḳk|ḳk|Ḵk|ḵk|Ḷl|ḷl|Ḹl|ḹl|Ḻl|ḻl|Ḽl|ḽl|Ḿm|ḿm|Ṁm|ṁm|Ṃm|ṃm|Ṅn|ṅn|Ṇn|ṇn|Ṉn|ṉn|Ṋn|ṋn|Ṍo|ṍo|Ṏo|ṏo|Ṑo|ṑo|Ṓo|ṓo|Ṕp|ṕp|Ṗp|ṗp|Ṙr|ṙr|Ṛr|ṛr|Ṝr|ṝr|Ṟr|ṟr|Ṡs|ṡs|Ṣs|ṣs|Ṥs|ṥs|Ṧs|ṧs|Ṩs|ṩs|Ṫt|ṫt|Ṭt|ṭt|Ṯt|ṯt|Ṱt|ṱt|Ṳu|ṳu|Ṵu|ṵu|Ṷu|ṷu|Ṹu|ṹu|Ṻu|ṻu|Ṽv|ṽv|Ṿv|ṿv|Ẁw|ẁw|Ẃw|ẃw|Ẅw|ẅw|Ẇw|ẇw|Ẉw|ẉw|Ẋx|ẋx|Ẍx|ẍx|Ẏy|ẏy|Ẑz|ẑz|Ẓz|ẓz|Ẕz|ẕz|ẖh|ẗt|ẘw|ẙy|ẚa|ẛs|ẜs|ẝs|ẞss|ẟ|Ạa|ạa|Ảa|ảa|Ấa|ấa|Ầa|ầa|Ẩa|ẩa|Ẫa|ẫa|Ậa|ậa|Ắa|ắa|Ằa|ằa|Ẳa|ẳa|Ẵa|ẵa|Ặa|ặa|Ẹe|ẹe|Ẻe|ẻe|Ẽe|ẽe|Ếe|ếe|Ềe|ềe|Ểe|ểe|Ễe|ễe|Ệe|ệe|Ỉi|ỉi|Ịi|ịi|Ọo|ọo|Ỏo|ỏo|Ốo|ốo|Ồo|ồo|Ổo|ổo|Ỗo|ỗo|Ộo|ộo|Ớo|ớo|Ờo|ờo|Ởo|ởo|Ỡo|ỡo|Ợo|ợo|Ụu|ụu|Ủu|ủu|Ứu|ứu|Ừu|ừu|Ửu|ửu|Ữu|ữu|Ựu|ựu|Ỳy|ỳy|Ỵy|ỵy|Ỷy|ỷy|Ỹy|ỹy|Ỻll|ỻll|Ỽv|ỽv|Ỿy|ỿy|";
    private static final int LOW = 0x80;
    private static final String[] FOLD = new String[0x1F00 - LOW];

    static {
        for (int k = 0, bar; k < TABLE.length(); k = bar + 1) {
            bar = TABLE.indexOf('|', k);
            FOLD[TABLE.charAt(k) - LOW] = TABLE.substring(k + 1, bar);
        }
    }

    private LatinFold() {}

    /** The fold of {@code word}, or null if it has a character outside ASCII and the table. */
    static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < LOW) {
                if (c >= 'A' && c <= 'Z') {
                    sb.append((char) (c + ('a' - 'A')));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    sb.append(c);
                }
            } else {
                String f = c - LOW < FOLD.length ? FOLD[c - LOW] : null;
                if (f == null) {
                    return null;
                }
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** The characters the table covers, for the test. */
    static String letters() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FOLD.length; k++) {
            if (FOLD[k] != null) {
                sb.append((char) (k + LOW));
            }
        }
        return sb.toString();
    }
}
