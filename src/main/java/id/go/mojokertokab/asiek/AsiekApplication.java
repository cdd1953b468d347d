package id.go.mojokertokab.asiek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AsiekApplication {

  public static void main(String[] args) {
    SpringApplication.run(AsiekApplication.class, args);
  }
}
