package studio.backprop.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "33, 33", "-10, -10", "0, 0", "-0.0, 0", "4.000999999999649, 4.001", "12.006001000000465, 12.006",
        "0.4998750208, 0.499875", "0.0029999999999, 0.003", "1e-7, 1e-7", "-0.000123456789, -0.000123457",
        "123456789012, 123456789012", "1e20, 1e20", "2.5e-5, 2.5e-5", "NaN, NaN", "Infinity, ∞", "-Infinity, -∞",
        "0.731058578630005, 0.731059"})
    void numbersAreShownToSixSignificantDigits(double value, String shown) {
        assertThat(Numbers.format(value)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0.196611933241, 0.1966", "-0.625, -0.625", "3, 3", "-1.17110, -1.171"})
    void compactNumbersKeepFourDigits(double value, String shown) {
        assertThat(Numbers.compact(value)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"-2, (-2)", "2, 2"})
    void negativeOperandsAreBracketed(double value, String shown) {
        assertThat(Numbers.operand(value)).isEqualTo(shown);
    }
}
