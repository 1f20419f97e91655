// Writes the private key of one PKCS12 keystore entry as unencrypted PKCS#8 PEM, which keytool
// cannot do: java dev/kafka/ExportKey.java <store.p12> <password> <alias> <out.pem>
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;

public class ExportKey {
  public static void main(String[] args) throws Exception {
    char[] password = args[1].toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(args[0])) {
      store.load(in, password);
    }
    Key key = store.getKey(args[2], password);
    if (key == null) throw new IllegalArgumentException("no key entry " + args[2] + " in " + args[0]);
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
    Files.writeString(Path.of(args[3]), "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
  }
}
