package dev.closeloop.cli;

import dev.closeloop.ComplianceChecker;
import dev.closeloop.Decision;
import dev.closeloop.Message;
import dev.closeloop.Platform;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An adversary that rewrites violating messages the way sellers dodge keyword filters, and the
 * recall of the standard checker over the variants. Seeds: the violating lines of the dev corpus
 * (when present) and generated messages with phones, e-mails, ids, channel names and payment
 * phrases. Fails below 0.95 and prints the recall of every transform, weakest first.
 */
class EvasionGeneratorTest {
    static final ComplianceChecker CHECKER = ComplianceChecker.standard();
    static final String ZW = "\u200b\u200c\u200d\u2060\ufeff";
    static final String[] EMOJI = {"🔥", "❤️", "⭐", "👉", "😊", "✨"};
    static final String CN = "零一二三四五六七八九";
    static final String CN_CAPITAL = "零壹贰叁肆伍陆柒捌玖";
    static final String CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨";
    /**
     * Simplified Hanzi of seller messages and how Taiwan and Hong Kong write them, by hand rather than from the table the
     * normalizer folds with, so the variants test that table too.
     */
    static final String[] TRADITIONAL = {"联聯", "系繫", "电電", "话話", "号號", "发發", "图圖", "实實", "给給", "红紅", "评評", "宝寶",
            "价價", "钱錢", "买買", "卖賣", "点點", "码碼", "扫掃", "关關", "优優", "线線", "头頭", "们們",
            "这這", "个個", "吗嗎", "说說", "请請", "谢謝", "货貨", "单單", "运運", "费費", "现現", "礼禮",
            "让讓", "账帳", "转轉", "汇匯", "银銀", "邮郵", "际際", "网網", "页頁", "经經", "过過", "台臺",
            "为為", "时時", "对對", "视視", "频頻", "亲親", "应應", "样樣", "还還", "问問", "题題", "络絡",
            "讯訊", "贰貳", "叁參", "陆陸", "两兩"};

    record Seed(Platform platform, Message message) {
    }

    static final Map<String, BiFunction<String, Random, String>> TRANSFORMS = new LinkedHashMap<>();

    static {
        TRANSFORMS.put("homophones", EvasionGeneratorTest::homophones);
        TRANSFORMS.put("full-width", (s, r) -> map(s, c -> c >= '!' && c <= '~' && r.nextInt(2) == 0 ? (char) (c + 0xFEE0) : c));
        TRANSFORMS.put("chinese-numerals", (s, r) -> digits(s, r, CN));
        TRANSFORMS.put("capital-numerals", (s, r) -> digits(s, r, CN_CAPITAL));
        TRANSFORMS.put("circled-digits", (s, r) -> digits(s, r, CIRCLED));
        TRANSFORMS.put("letter-for-zero", (s, r) -> digits(s, r, r.nextBoolean() ? "O123456789" : "o123456789"));
        TRANSFORMS.put("letters-for-zero-one", (s, r) -> digits(s, r, r.nextBoolean() ? "OI23456789" : "ol23456789"));
        TRANSFORMS.put("spaced-digits", (s, r) -> inDigitRuns(s, r, " "));
        TRANSFORMS.put("dotted-digits", (s, r) -> inDigitRuns(s, r, "."));
        TRANSFORMS.put("emoji-separators", (s, r) -> inDigitRuns(s, r, EMOJI[r.nextInt(EMOJI.length)]));
        TRANSFORMS.put("spelled-channel", EvasionGeneratorTest::spelledChannel);
        TRANSFORMS.put("look-alike-letters", (s, r) -> map(s, c -> r.nextInt(3) != 0 ? c : switch (c) {
            case 'a' -> 'а';
            case 'e' -> 'е';
            case 'o' -> 'о';
            case 'c' -> 'с';
            case 'p' -> 'р';
            case 'x' -> 'х';
            default -> c;
        }));
        TRANSFORMS.put("zero-width", (s, r) -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                sb.append(s.charAt(i));
                if (!Character.isHighSurrogate(s.charAt(i)) && r.nextInt(4) == 0) {
                    sb.append(ZW.charAt(r.nextInt(ZW.length())));
                }
            }
            return sb.toString();
        });
        TRANSFORMS.put("traditional-hanzi", (s, r) -> {
            String out = s;
            for (String pair : TRADITIONAL) {
                out = out.replace(pair.charAt(0), pair.charAt(1));
            }
            return out;
        });
        TRANSFORMS.put("case-mixing", (s, r) -> map(s, c -> r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c)));
        TRANSFORMS.put("combined", (s, r) -> {
            List<String> names = new ArrayList<>(TRANSFORMS.keySet());
            names.remove("combined");
            String out = s;
            for (int k = 0; k < 3; k++) {
                out = TRANSFORMS.get(names.get(r.nextInt(names.size()))).apply(out, r);
            }
            return out;
        });
    }

    interface CharMap {
        char map(char c);
    }

    static String map(String s, CharMap f) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(f.map(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Rewrites the digits of runs of five or more digits (phones, QQ numbers), the way numbers are hidden. */
    static String digits(String s, Random r, String table) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); ) {
            int j = i;
            int count = 0;
            while (j < sb.length() && (Character.isDigit(sb.charAt(j)) || sb.charAt(j) == ' ' || sb.charAt(j) == '-') ) {
                count += Character.isDigit(sb.charAt(j)) ? 1 : 0;
                j++;
            }
            if (count >= 7) {
                for (int k = i; k < j; k++) {
                    char c = sb.charAt(k);
                    if (c >= '0' && c <= '9') {
                        sb.setCharAt(k, table.charAt(c - '0'));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return sb.toString();
    }

    /** Puts a separator between the digits of numbers of seven digits or more. */
    static String inDigitRuns(String s, Random r, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j - i >= 7) {
                for (int k = i; k < j; k++) {
                    sb.append(s.charAt(k));
                    if (k + 1 < j && r.nextInt(3) == 0) {
                        sb.append(sep);
                    }
                }
                i = j;
            } else {
                sb.append(s.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    static final String[][] SOUND_ALIKES = {{"微信", "薇信", "威信", "维信", "V信", "vx", "wx", "徽信", "weixin", "wei xin", "微❤"},
            {"WeChat", "vx", "wei xin", "we chat", "wеchat"}, {"支付宝", "支fu宝", "zhifubao", "ZFB"},
            {"WhatsApp", "whats app", "WA", "watsapp", "瓦次普"}, {"whatsapp", "whats app", "watsapp"},
            {"Telegram", "TG", "телеграм", "te1egram"}, {"QQ", "扣扣", "企鹅", "🐧"}, {"ватсап", "вотсап", "вацап"}};

    static String homophones(String s, Random r) {
        for (String[] group : SOUND_ALIKES) {
            if (s.contains(group[0])) {
                s = s.replace(group[0], group[1 + r.nextInt(group.length - 1)]);
            }
        }
        return s;
    }

    static String spelledChannel(String s, Random r) {
        for (String name : new String[] {"WhatsApp", "whatsapp", "WeChat", "wechat", "Telegram", "telegram", "Viber", "Instagram"}) {
            int at = s.indexOf(name);
            if (at >= 0) {
                String sep = r.nextBoolean() ? "." : " ";
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < name.length(); i++) {
                    sb.append(i > 0 ? sep : "").append(name.charAt(i));
                }
                return s.substring(0, at) + sb + s.substring(at + name.length());
            }
        }
        return s;
    }

    static List<Seed> generatedSeeds(Random r) {
        String[] ids = {"lily_0909", "kelly_9527", "tony.shop88", "mimi-beauty22", "jz_outdoor88", "candy_nails77"};
        String[] phones = {"138 1234 5678", "+86 152 4038 7716", "+7 926 511-38-04", "8 916 555 12 34", "(212) 555-0100",
                "0086-159-2846-0731", "+44 7700 900461", "15893062745"};
        String[] emails = {"jenny.outdoor@yahoo.com", "sales2020@163.com", "opt-shop@mail.ru", "kevin.trade@outlook.com"};
        String[] templates = {"加我微信 {id}，给您发实拍", "亲，联系我微信：{id}", "add my WeChat: {id} for more photos",
                "pls add my WhatsApp {phone}, better price there", "Напишите мне в ватсап {phone}", "my Telegram: @{id}",
                "电话 {phone}，直接打给我", "call me at {phone}", "email me: {email}", "发邮件到 {email}", "пишите на почту {email}",
                "QQ {qq} 加我", "直接支付宝转我私人账户，便宜点", "pay me by PayPal friends & family to {email}",
                "Можете перевести на карту по номеру {phone}", "好评返现5元，加微信 {id}", "our store www.bella-shop.com has 20% off",
                "微信号在我头像里，加我", "my WhatsApp number is in my bio"};
        String[] qq = {"2730619485", "1947283065", "315820974"};
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String t = templates[r.nextInt(templates.length)]
                    .replace("{id}", ids[r.nextInt(ids.length)])
                    .replace("{phone}", phones[r.nextInt(phones.length)])
                    .replace("{email}", emails[r.nextInt(emails.length)])
                    .replace("{qq}", qq[r.nextInt(qq.length)]);
            seeds.add(new Seed(Platform.values()[r.nextInt(Platform.values().length)], Message.of(t)));
        }
        return seeds;
    }

    static List<Seed> corpusSeeds() throws IOException {
        Path corpus = DevCorpusTest.find();
        List<Seed> seeds = new ArrayList<>();
        if (corpus == null) {
            return seeds;
        }
        for (String raw : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (raw.isBlank()) {
                continue;
            }
            DevCorpusTest.Line line = DevCorpusTest.parse(raw);
            // clearly violating, and by its own words: thread-dependent lines are judged by the conversation rules
            if (line.expect().equals("BLOCK") && !line.tags().contains("thread")
                    && CHECKER.evaluate(line.message(), line.platform()).decision() == Decision.BLOCK) {
                seeds.add(new Seed(line.platform(), line.message()));
            }
        }
        return seeds;
    }

    @Test
    void recallOverObfuscatedVariants_isAtLeast95Percent() throws IOException {
        Random r = new Random(20261121);
        List<Seed> seeds = new ArrayList<>(corpusSeeds());
        seeds.addAll(generatedSeeds(r));
        Map<String, int[]> byTransform = new LinkedHashMap<>();
        int total = 0;
        int caught = 0;
        List<String> misses = new ArrayList<>();
        for (int round = 0; total < 10_000; round++) {
            for (Seed seed : seeds) {
                for (Map.Entry<String, BiFunction<String, Random, String>> t : TRANSFORMS.entrySet()) {
                    if (r.nextInt(3) != 0) {
                        continue;
                    }
                    String variant = t.getValue().apply(seed.message().text(), r);
                    Message m = seed.message().toBuilder().text(variant).build();
                    boolean flagged = CHECKER.evaluate(m, seed.platform()).decision() != Decision.ALLOW;
                    int[] c = byTransform.computeIfAbsent(t.getKey(), k -> new int[2]);
                    c[0]++;
                    total++;
                    if (flagged) {
                        c[1]++;
                        caught++;
                    } else if (misses.size() < 15) {
                        misses.add(t.getKey() + ": " + variant);
                    }
                }
            }
        }
        double recall = (double) caught / total;
        System.out.printf("Evasion generator: %d seeds, %d variants, recall %.4f%n", seeds.size(), total, recall);
        byTransform.entrySet().stream()
                .sorted((a, b) -> Double.compare((double) a.getValue()[1] / a.getValue()[0], (double) b.getValue()[1] / b.getValue()[0]))
                .forEach(e -> System.out.printf("  %-20s %6d variants  recall %.4f%n", e.getKey(), e.getValue()[0],
                        (double) e.getValue()[1] / e.getValue()[0]));
        misses.forEach(m -> System.out.println("  missed " + m));
        assertTrue(total >= 10_000);
        assertTrue(recall >= 0.95, "recall over obfuscated variants is " + recall);
    }
}
