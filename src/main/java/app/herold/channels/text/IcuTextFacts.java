package app.herold.channels.text;

import app.herold.domain.rules.TextFacts;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Emoji as Unicode defines them (Extended_Pictographic, regional indicators), from ICU's data. */
public final class IcuTextFacts implements TextFacts {

    @Override
    public boolean isEmoji(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.EXTENDED_PICTOGRAPHIC)
                || (codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF);
    }
}
