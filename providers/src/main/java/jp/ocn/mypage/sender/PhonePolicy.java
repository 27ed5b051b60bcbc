package jp.ocn.mypage.sender;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Where codes may go: valid numbers of the allowed regions only (Japan unless configured otherwise, against
 * SMS pumping to premium foreign ranges); SMS to mobiles only, calls to mobiles and landlines. 050 (IP phone),
 * 0120 (toll free), 020 (pager) and the like get nothing: a code there proves nothing about the customer.
 */
public final class PhonePolicy {

    public static final Set<String> DEFAULT_REGIONS = Set.of("JP");
    /** The sender option naming the regions ({@link #fromSetting}); both senders have it. */
    static final String SETTING = "allowed-regions";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> VOICE_TYPES =
            EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final Set<String> regions;

    private PhonePolicy(Set<String> regions) {
        this.regions = Set.copyOf(regions);
    }

    public static PhonePolicy japanOnly() {
        return new PhonePolicy(DEFAULT_REGIONS);
    }

    /** Regions as ISO 3166 codes ({@code JP}, {@code US}); an unknown code is a configuration error. */
    /** The {@code allowed-regions} option of either sender: comma-separated region codes, blank or absent for Japan only. */
    public static PhonePolicy fromSetting(String commaSeparatedRegions) {
        if (commaSeparatedRegions == null || commaSeparatedRegions.isBlank()) {
            return japanOnly();
        }
        Set<String> regions = new TreeSet<>();
        for (String region : commaSeparatedRegions.split(",")) {
            if (!region.isBlank()) {
                regions.add(region.trim());
            }
        }
        return allowing(regions);
    }

    public static PhonePolicy allowing(Set<String> regionCodes) {
        Set<String> upper = new TreeSet<>();
        for (String code : regionCodes) {
            String region = code.trim().toUpperCase(Locale.ROOT);
            if (!PHONES.getSupportedRegions().contains(region)) {
                throw new IllegalArgumentException(
                        "Unknown phone region '" + code + "' (use ISO 3166 codes such as JP, US)");
            }
            upper.add(region);
        }
        if (upper.isEmpty()) {
            throw new IllegalArgumentException("At least one phone region must be allowed");
        }
        return new PhonePolicy(upper);
    }

    public Set<String> regions() {
        return regions;
    }

    /** True when a code may be sent to this number (E.164, or a Japanese national number) by this channel. */
    public boolean allows(Channel channel, String number) {
        return channelsFor(number).contains(channel);
    }

    /** The channels this number may receive codes by; empty when it may receive none. */
    public Set<Channel> channelsFor(String number) {
        PhoneNumber parsed = parse(number);
        if (parsed == null
                || !PHONES.isValidNumber(parsed)
                || !regions.contains(PHONES.getRegionCodeForNumber(parsed))) {
            return EnumSet.noneOf(Channel.class);
        }
        PhoneNumberType type = PHONES.getNumberType(parsed);
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        if (type == PhoneNumberType.MOBILE) {
            channels.add(Channel.SMS);
        }
        if (VOICE_TYPES.contains(type)) {
            channels.add(Channel.VOICE);
        }
        return channels;
    }

    private static PhoneNumber parse(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            return PHONES.parse(number, "JP");
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The {@link #SETTING} option as a sender factory describes it. */
    static ProviderConfigProperty configProperty() {
        ProviderConfigProperty property = new ProviderConfigProperty();
        property.setName(SETTING);
        property.setType(ProviderConfigProperty.STRING_TYPE);
        property.setDefaultValue("JP");
        property.setHelpText("Comma-separated ISO 3166 regions whose numbers may receive codes");
        return property;
    }
}
