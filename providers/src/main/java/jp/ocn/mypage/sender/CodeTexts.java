package jp.ocn.mypage.sender;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of SMS and calls: Japanese unless the customer's locale is English. Each names the service, the code,
 * how long it lasts and that nobody (our staff included) will ever ask for it. The Japanese SMS stays within one
 * 70-character UCS-2 segment.
 */
public final class CodeTexts {

    private CodeTexts() {}

    public static String sms(CodeMessage m) {
        long minutes = minutes(m.lifetime());
        if (m.english()) {
            return "OCN MyPage: your verification code is " + m.code() + ". It expires in " + minutesEn(minutes)
                    + ". Do not tell anyone this code.";
        }
        return "【OCN マイページ】認証番号は " + m.code() + " です。有効期限は" + minutes + "分です。この番号を他人に教えないでください。";
    }

    /**
     * The call's script, one sentence per entry: intro, the digits one by one, the digits again, lifetime,
     * do-not-share. Whoever reads it out pauses between entries, so the repetition stands apart.
     */
    public static List<String> voiceSentences(CodeMessage m) {
        long minutes = minutes(m.lifetime());
        if (m.english()) {
            String digits = spaced(m.code(), ", ");
            return List.of(
                    "This is OCN MyPage with your verification code.",
                    "Your code is " + digits + ".",
                    "Once again, your code is " + digits + ".",
                    "The code expires in " + minutesEn(minutes) + ".",
                    "Do not tell anyone this code. Goodbye.");
        }
        String digits = spaced(m.code(), "、");
        return List.of(
                "こちらは OCN マイページです。認証番号をお知らせします。",
                "認証番号は、" + digits + "、です。",
                "もう一度繰り返します。認証番号は、" + digits + "、です。",
                "有効期限は" + minutes + "分です。",
                "この番号を他人に教えないでください。お電話ありがとうございました。");
    }

    // Whole minutes, rounded down so the text never promises more time than the code has; at least one.
    private static long minutes(Duration lifetime) {
        return Math.max(1, lifetime.toMinutes());
    }

    private static String minutesEn(long minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    // "123456" → "1、2、3、4、5、6": speech engines then read single digits, never "one hundred twenty-three thousand".
    private static String spaced(String code, String separator) {
        return code.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(separator));
    }
}
