package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's answers are valid JSON even when a number in them is not finite. */
class AnswersJsonTest {
    @Test
    void nonFiniteNumbersAreAnsweredAsNull() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("testLoss", Double.NaN);
        body.put("probability", Float.POSITIVE_INFINITY);
        body.put("testAccuracy", 0.5);
        assertEquals("{\"testLoss\":null,\"probability\":null,\"testAccuracy\":0.5}", Answers.JSON.toJson(body));
    }
}
