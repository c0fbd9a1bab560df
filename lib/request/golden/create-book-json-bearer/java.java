HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.bookshelf.example/v1/books"))
    .header("Accept", "application/json")
    .header("Content-Type", "application/json")
    .header("Authorization", "Bearer YOUR_TOKEN")
    .method("POST", HttpRequest.BodyPublishers.ofString("{\n  \"title\": \"The Adventure of the Dancing Men\",\n  \"authorId\": \"au_004\",\n  \"genre\": \"mystery\",\n  \"tags\": [\n    \"detective\",\n    \"short-story\"\n  ],\n  \"publishedYear\": 1903,\n  \"price\": {\n    \"amount\": 12.5,\n    \"currency\": \"GBP\"\n  },\n  \"format\": {\n    \"type\": \"print\",\n    \"binding\": \"hardcover\",\n    \"pages\": 48\n  },\n  \"publisher\": {\n    \"name\": \"Harbor Lane Press\",\n    \"address\": {\n      \"street\": \"221 Baker Street\",\n      \"city\": \"London\",\n      \"postalCode\": \"NW1 6XE\",\n      \"country\": \"GB\"\n    }\n  }\n}"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
