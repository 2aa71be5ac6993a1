package org.gcm.knowledge.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six official languages of the United Nations, with the PostgreSQL text-search configuration each is
 * searched with. PostgreSQL 15 ships english, french, spanish, russian and arabic (snowball stemmers); it has
 * no Chinese parser, so Chinese falls back to 'simple' (no stemming, no word segmentation).
 */
public enum UnLanguage {
    AR("ar", "Arabic", "العربية", "arabic"),
    ZH("zh", "Chinese", "中文", "simple"),
    EN("en", "English", "English", "english"),
    FR("fr", "French", "Français", "french"),
    RU("ru", "Russian", "Русский", "russian"),
    ES("es", "Spanish", "Español", "spanish");

    public final String code;
    public final String englishName;
    public final String nativeName;
    public final String searchConfiguration;

    UnLanguage(String code, String englishName, String nativeName, String searchConfiguration) {
        this.code = code;
        this.englishName = englishName;
        this.nativeName = nativeName;
        this.searchConfiguration = searchConfiguration;
    }

    /** The generated tsvector column of this language (see V20261122_2__practices.sql). */
    public String searchColumn() {
        return "search_" + code;
    }

    public static Optional<UnLanguage> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
