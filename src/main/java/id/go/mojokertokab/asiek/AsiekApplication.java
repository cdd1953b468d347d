package id.go.mojokertokab.asiek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
// the document store's cleanup and the archive's fixity check
@EnableScheduling
public class AsiekApplication {

  public static void main(String[] args) {
    SpringApplication.run(AsiekApplication.class, args);
  }
}
